#!/usr/bin/env python3
"""The paragraphs a ranking shows that nobody has judged yet, ready for the judges.

  tests/eval/unjudged_pool.py BUILD_DIR INDEX_DIR [seed|real] [--k 20] > pool.tsv

Runs every need of the judged set (../shared/eval) through build/assay-query over INDEX_DIR and
prints, in the qrels' own columns (qid, file, excerpt, grade left empty), each hit in the top k
that no judgement names. A ranking change that brings up unjudged paragraphs lowers nDCG@10 as
if they were irrelevant; judging this pool makes its score comparable again. Matching is
score.py's own, so a hit listed here is exactly one it would count as unjudged.
"""
import argparse, os, shlex, sys

here = os.path.dirname(os.path.abspath(__file__))
shared = os.environ.get('SHARED', os.path.join(here, '..', '..', '..', 'shared'))
sys.path.insert(0, os.path.join(shared, 'eval'))
import score  # noqa: E402  (the shared scorer: same matching, same query text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('build')
    ap.add_argument('index')
    ap.add_argument('set', nargs='?', default='real', choices=['seed', 'real'])
    ap.add_argument('--k', type=int, default=20)
    args = ap.parse_args()
    base = os.path.join(shared, 'eval')
    if args.set == 'seed':
        queries, qrels_path = os.path.join(base, 'dev-queries.tsv'), os.path.join(base, 'dev-qrels.tsv')
    else:
        queries, qrels_path = os.path.join(base, 'real', 'queries.tsv'), os.path.join(base, 'real', 'qrels.tsv')
    qrels = {}
    for r in score.load_tsv(qrels_path):
        qrels.setdefault(r['qid'], []).append((r['file'], score.squash(r['excerpt']), int(r['grade'])))
    cmd = (shlex.quote(os.path.join(args.build, 'assay-query')) + ' --index ' + shlex.quote(args.index) +
           ' --format json --no-facets --limit {k} -- {q}')
    print('qid\tfile\texcerpt\tgrade')
    total = 0
    for q in score.load_tsv(queries):
        qid, flt = q['qid'], (q.get('filter') or '').strip()
        text = q['query'] + ((' ' + score.filter_to_query(flt)) if flt else '')
        hits = score.run_cmd(cmd, text, args.k)[:args.k]
        for hit, grade in zip(hits, score.judge(hits, qrels.get(qid, []))):
            if grade is not None:
                continue
            body = hit.get('text', '')
            number = hit.get('paragraph', '')
            if number and body.startswith(number + '. '):
                body = body[len(number) + 2:]
            excerpt = ' '.join(body.split())[:100].replace('\t', ' ')
            print(f"{qid}\t{os.path.basename(hit.get('source', ''))}\t{excerpt}\t")
            total += 1
    print(f'{total} unjudged paragraphs in the top {args.k} of {args.set} needs', file=sys.stderr)


if __name__ == '__main__':
    main()
