// Paragraph records compressed with a trained dictionary (schema/record_dictionary.hpp).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "schema/record_dictionary.hpp"
#include "schema/stored.hpp"
#include "support/temp_dir.hpp"

using namespace assay;
using namespace assay::testing;

namespace {
// Records like an index's: varied wording over one vocabulary.
std::vector<std::string> records(std::size_t n) {
    const char* subjects[] = {"Social workers", "Managers", "Leaders", "Independent reviewing officers", "Partners"};
    const char* verbs[] = {"visit", "know", "review", "support", "challenge"};
    const char* objects[] = {"children in need", "care leavers", "foster carers", "children's plans", "the front door"};
    std::vector<std::string> out;
    for (std::size_t i = 0; i < n; ++i) {
        StoredParagraph p;
        p.seq = static_cast<std::uint32_t>(i);
        p.number = std::to_string(i + 1);
        p.text = std::string(subjects[i % 5]) + " " + verbs[(i / 5) % 5] + " " + objects[(i / 25) % 5] +
                 " regularly, and record their wishes and feelings in plan " + std::to_string(i * 7919 % 1000) + ".";
        out.push_back(encode(p));
    }
    return out;
}
}  // namespace

TEST_CASE("records round-trip through a trained dictionary, smaller than plain") {
    auto samples = records(3000);
    auto dict = RecordDictionary::train(samples, 7);
    REQUIRE(dict);
    CHECK(dict->id() == 7);
    std::size_t plain = 0, packed = 0;
    for (const auto& r : samples) {
        std::string c = dict->compress(r);
        CHECK(is_compressed_record(c));
        CHECK(dict->decompress(c) == r);
        plain += r.size();
        packed += c.size();
    }
    CHECK(packed * 3 < plain);
    // A dictionary read back from its bytes is the same dictionary.
    auto again = RecordDictionary::from_bytes(dict->bytes());
    REQUIRE(again);
    CHECK(again->id() == dict->id());
    CHECK(again->decompress(dict->compress(samples[7])) == samples[7]);
    CHECK_FALSE(RecordDictionary::from_bytes("not a dictionary"));
}

TEST_CASE("too few records to train on: no dictionary, and plain records are read as they are") {
    CHECK_FALSE(RecordDictionary::train(records(3), 1));
    RecordDecoder decoder;
    auto r = records(1)[0];
    CHECK_FALSE(is_compressed_record(r));
    auto p = decoder.decode(r);
    REQUIRE(p);
    CHECK(p->number == "1");
}

TEST_CASE("the decoder finds each record's dictionary in the segments; a missing or damaged one is index damage") {
    TempDir dir("record_dictionary");
    auto samples = records(3000);
    auto dict = RecordDictionary::train(samples, 7);
    REQUIRE(dict);
    {
        Xapian::WritableDatabase db((dir.path / "seg").string(), Xapian::DB_CREATE);
        dict->store_in(db);
        db.commit();
    }
    RecordDecoder decoder;
    decoder.add_segment(Xapian::Database((dir.path / "seg").string()));
    CHECK(decoder.size() == 1);
    CHECK(decoder.any()->id() == dict->id());
    auto p = decoder.decode(dict->compress(samples[42]));
    REQUIRE(p);
    CHECK(p->seq == 42);
    CHECK(p->number == "43");

    RecordDecoder empty;
    CHECK_THROWS_AS(empty.decode(dict->compress(samples[42])), Xapian::DatabaseCorruptError);
    std::string damaged = dict->compress(samples[42]);
    damaged.resize(damaged.size() - 3);
    CHECK_THROWS_AS(decoder.decode(damaged), Xapian::DatabaseCorruptError);
    {
        Xapian::WritableDatabase db((dir.path / "seg").string());
        db.set_metadata(dict->metadata_key(), "garbled");
        db.commit();
    }
    RecordDecoder garbled;
    CHECK_THROWS_AS(garbled.add_segment(Xapian::Database((dir.path / "seg").string())), Xapian::DatabaseCorruptError);
}

TEST_CASE("a plain record keeps every field, numbers in binary, and a damaged one is refused") {
    StoredParagraph p;
    p.section = 70000;
    p.seq = 4000000000u;
    p.number = "12a";
    p.line = 1234567;
    p.byte_offset = 98765432101;
    p.page = 300;
    p.table_row = true;
    p.text = std::string("Text with a \0 byte, \x1f and UTF-8: caf\xc3\xa9", 38);
    std::string r = encode(p);
    CHECK_FALSE(is_compressed_record(r));
    // A tag byte, varints of 3, 5, 3, 6 and 2 bytes, the flags, the number's length.
    CHECK(r.size() == p.text.size() + p.number.size() + 22);
    auto back = decode_paragraph(r);
    REQUIRE(back);
    CHECK(back->section == p.section);
    CHECK(back->seq == p.seq);
    CHECK(back->number == p.number);
    CHECK(back->line == p.line);
    CHECK(back->byte_offset == p.byte_offset);
    CHECK(back->page == p.page);
    CHECK_FALSE(back->list_item);
    CHECK(back->table_row);
    CHECK(back->text == p.text);
    CHECK_FALSE(decode_paragraph(""));
    CHECK_FALSE(decode_paragraph(r.substr(0, 4)));  // cut inside the numbers
    std::string flags = encode(StoredParagraph{});
    flags[6] = 9;  // no such flag
    CHECK_FALSE(decode_paragraph(flags));
    std::string long_number = encode(StoredParagraph{});
    long_number[7] = 100;  // a number longer than the record
    CHECK_FALSE(decode_paragraph(long_number));
}
