// assay-query: ranked, cited, faceted search over an index from the command line.
#include <unistd.h>

#include <iostream>

#include "query/render.hpp"
#include "query/searcher.hpp"
#include "schema/cli_options.hpp"
#include "schema/version.hpp"

namespace po = boost::program_options;
using namespace assay;

int main(int argc, char** argv) {
    std::string config, index, format = "text";
    std::vector<std::string> words;
    SearchRequest req;
    po::options_description opts(
        "usage: assay-query --index DIR [options] -- QUERY\n\n"
        "QUERY: words (all optional, ranked), \"exact phrase\", AND OR NOT -word +word, a NEAR b,\n"
        "       authority:Brent year:2015.. date:2015-10-01.. grade:inadequate section:recommendations\n"
        "       type:focused_visit framework:sif\n\nOptions");
    opts.add(cli::general(config)).add(cli::version_flag()).add(cli::index_location(index));
    opts.add_options()("format,f", po::value(&format)->default_value("text"), "text, json or csv")(
        "limit,k", po::value(&req.limit)->default_value(10), "hits to return")(
        "offset", po::value(&req.offset)->default_value(0), "hits to skip")(
        "per-report", po::value(&req.per_report)->default_value(0), "at most N paragraphs per report (0 = all)")(
        "no-facets", "skip facet counts (faster)")("explain", "show how the query was understood")(
        "query", po::value(&words)->multitoken(), "the query (or give it after --)");
    po::options_description tuning("Ranking (for tuning)");
    Searcher::Tuning tune;
    tuning.add_options()("bm25-k1", po::value(&tune.bm25.k1)->default_value(tune.bm25.k1), "BM25 k1")(
        "bm25-b", po::value(&tune.bm25.b)->default_value(tune.bm25.b), "BM25 b")(
        "proximity", po::value(&tune.ranking.proximity_weight)->default_value(tune.ranking.proximity_weight),
        "weight of the nearness boost")(
        "slack", po::value(&tune.ranking.proximity_slack)->default_value(tune.ranking.proximity_slack),
        "words allowed between neighbouring query words")(
        "coverage", po::value(&tune.ranking.coverage_weight)->default_value(tune.ranking.coverage_weight),
        "weight of the all-words boost")(
        "prose", po::value(&tune.ranking.prose_weight)->default_value(tune.ranking.prose_weight),
        "prior for prose paragraphs of reports")(
        "synonym", po::value(&tune.ranking.synonym_weight)->default_value(tune.ranking.synonym_weight),
        "scale on thesaurus group terms")(
        "template", po::value(&tune.ranking.template_weight)->default_value(tune.ranking.template_weight),
        "how much less a wording many paragraphs share weighs")(
        "rescore-depth", po::value(&tune.ranking.rescore_depth)->default_value(tune.ranking.rescore_depth),
        "best hits that template weighing and the opening rescore")(
        "opening", po::value(&tune.ranking.opening_weight)->default_value(tune.ranking.opening_weight),
        "weight of the typed words met in a paragraph's opening")(
        "opening-words", po::value(&tune.ranking.opening_words)->default_value(tune.ranking.opening_words),
        "how many words a paragraph's opening is");
    opts.add(tuning);
    po::positional_options_description pos;
    pos.add("query", -1);
    try {
        po::variables_map vm;
        cli::parse(argc, argv, opts, pos, vm);
        if (cli::answered_help_or_version(vm, opts, "assay-query")) return cli::kExitOk;
        po::notify(vm);
        if (format != "text" && format != "json" && format != "csv")
            throw po::error("--format must be text, json or csv, not '" + format + "'");
        for (const auto& w : words) req.query += (req.query.empty() ? "" : " ") + w;
        req.facets = !vm.count("no-facets");
        req.explain = vm.count("explain") > 0;
        Searcher searcher(IndexSnapshot::open(index));
        searcher.ranking = tune.ranking;
        searcher.bm25 = tune.bm25;
        SearchResult result = searcher.search(req);
        if (format == "json")
            std::cout << to_json(result).dump(2) << "\n";
        else if (format == "csv")
            std::cout << render_csv(result);
        else {
            std::cout << render_text(result, ::isatty(STDOUT_FILENO) == 1);
            if (req.explain) std::cout << "\nexplain:\n" << result.explain << "\n";
        }
        return cli::kExitOk;
    } catch (const po::error& e) {
        std::cerr << "assay-query: " << e.what() << "\n";
        return cli::kExitUsage;
    } catch (const QueryError& e) {
        std::cerr << "assay-query: bad query: " << e.what() << "\n";
        return cli::kExitUsage;
    } catch (const RequestError& e) {
        std::cerr << "assay-query: " << e.what() << "\n";
        return cli::kExitUsage;
    } catch (const IndexUnavailable& e) {
        std::cerr << "assay-query: " << e.what() << "\n";
        return cli::kExitFailure;
    } catch (const Xapian::Error& e) {
        std::cerr << "assay-query: index error: " << e.get_description() << "\n";
        return cli::kExitFailure;
    } catch (const std::exception& e) {
        std::cerr << "assay-query: " << e.what() << "\n";
        return cli::kExitFailure;
    }
}
