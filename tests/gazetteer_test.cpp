#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "schema/gazetteer.hpp"

using namespace assay;

namespace {

const std::filesystem::path kShared(ASSAY_SHARED_DIR);

std::string name_of(const AuthorityInfo* a) { return a ? a->name : std::string("(none)"); }

std::string in_text(std::string_view text) { return name_of(Gazetteer::instance().find_in_text(text)); }

std::string read_head(const std::filesystem::path& p, std::size_t bytes) {
    std::ifstream in(p, std::ios::binary);
    std::string s(bytes, '\0');
    in.read(s.data(), static_cast<std::streamsize>(bytes));
    s.resize(static_cast<std::size_t>(in.gcount()));
    return s;
}

// Authority reports in the real corpus, by file name: ofsted-<kind>_<slug>_<date>.txt.
struct CorpusFile {
    std::filesystem::path path;
    std::string slug;  // '-' replaced by ' '
};

std::vector<CorpusFile> corpus_files() {
    std::vector<CorpusFile> out;
    auto dir = kShared / "corpus" / "ofsted";
    if (!std::filesystem::is_directory(dir)) return out;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        std::string name = e.path().stem().string();
        if (name.rfind("ofsted-school_", 0) == 0) continue;  // schools, not authorities
        auto a = name.find('_'), b = name.rfind('_');
        if (a == std::string::npos || a == b) continue;
        std::string slug = name.substr(a + 1, b - a - 1);
        for (auto& c : slug)
            if (c == '-') c = ' ';
        out.push_back({e.path(), slug});
    }
    return out;
}

// Splits one CSV line with double-quoted fields.
std::vector<std::string> csv_fields(const std::string& line) {
    std::vector<std::string> out(1);
    bool quoted = false;
    for (char c : line) {
        if (c == '"')
            quoted = !quoted;
        else if (c == ',' && !quoted)
            out.emplace_back();
        else if (c != '\r')
            out.back().push_back(c);
    }
    return out;
}

}  // namespace

TEST_CASE("the table: unique nine-character ONS codes, English regions, 153 current authorities") {
    const auto& g = Gazetteer::instance();
    const std::set<std::string> regions{"London",        "North East",    "North West",      "Yorkshire and the Humber",
                                        "East Midlands", "West Midlands", "East of England", "South East",
                                        "South West"};
    const std::set<std::string> legacy{"Bournemouth", "Cumbria", "Northamptonshire", "Poole"};
    std::set<std::string> codes, names;
    std::size_t current = 0;
    for (const auto& a : g.all()) {
        CAPTURE(a.name);
        CHECK(a.ons_code.size() == 9);
        CHECK(a.ons_code[0] == 'E');
        CHECK(codes.insert(a.ons_code).second);
        CHECK(names.insert(a.name).second);
        CHECK(regions.count(a.region) == 1);
        current += legacy.count(a.name) == 0;
    }
    CHECK(current == 153);
    CHECK(g.all().size() == 153 + legacy.size());
    // The authorities created since 2019, the City of London and the Isles of Scilly.
    for (const char* code : {"E06000058", "E06000059", "E06000060", "E06000061", "E06000062", "E06000063", "E06000064",
                             "E06000065", "E06000066", "E09000001", "E06000053"})
        CHECK_MESSAGE(g.lookup(code), code);
    // Legacy authorities keep their own codes.
    CHECK(name_of(g.lookup("E10000006")) == "Cumbria");
    CHECK(name_of(g.lookup("E10000021")) == "Northamptonshire");
    CHECK(name_of(g.lookup("E06000029")) == "Poole");
    CHECK(name_of(g.lookup("E06000028")) == "Bournemouth");
}

TEST_CASE("every name, alias and code resolves to its own entry (no key is shared)") {
    const auto& g = Gazetteer::instance();
    for (const auto& a : g.all()) {
        CAPTURE(a.name);
        CHECK(g.lookup(a.name) == &a);
        CHECK(g.lookup(a.ons_code) == &a);
        for (const auto& alias : a.aliases) {
            CAPTURE(alias);
            CHECK(!gazetteer_key(alias).empty());
            CHECK(g.lookup(alias) == &a);
        }
    }
}

TEST_CASE("agrees with the reference list of local authorities") {
    std::ifstream in(kShared / "reference" / "local-authorities.csv");
    if (!in) return;
    std::string line;
    std::getline(in, line);
    auto header = csv_fields(line);
    auto col = [&](std::string_view name) {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (header[i].find(name) != std::string::npos && header[i].size() <= name.size() + 3) return i;
        FAIL("no column " << name);
        return std::size_t(0);
    };
    std::size_t code_col = col("la_code_new"), name_col = col("local_authority_ons_name"),
                region_col = col("region_name");
    std::size_t rows = 0;
    while (std::getline(in, line)) {
        auto f = csv_fields(line);
        if (f.size() <= std::max({code_col, name_col, region_col})) continue;
        ++rows;
        CAPTURE(f[name_col]);
        const AuthorityInfo* by_code = Gazetteer::instance().lookup(f[code_col]);
        REQUIRE(by_code);
        CHECK(by_code->ons_code == f[code_col]);
        CHECK(by_code->region == f[region_col]);
        CHECK(Gazetteer::instance().lookup(f[name_col]) == by_code);
    }
    CHECK(rows == 156);
}

TEST_CASE("names, official forms and codes resolve to one authority") {
    const auto& g = Gazetteer::instance();
    const std::map<std::string, std::string> known{
        {"Greenwich", "Greenwich"},
        {"Royal Borough of Greenwich", "Greenwich"},
        {"royal borough of greenwich", "Greenwich"},
        {"the Royal Borough of Greenwich", "Greenwich"},
        {"E09000011", "Greenwich"},
        {"e09000011", "Greenwich"},
        {"London Borough of Barnet", "Barnet"},
        {"Barnet Council", "Barnet"},
        {"Bristol, City of", "Bristol"},
        {"City of Bristol", "Bristol"},
        {"Bristol City Council", "Bristol"},
        {"Durham", "Durham"},
        {"County Durham", "Durham"},
        {"Durham County Council", "Durham"},
        {"Kingston upon Hull", "Kingston upon Hull"},
        {"Kingston Upon Hull, City of", "Kingston upon Hull"},
        {"Hull", "Kingston upon Hull"},
        {"Hull City Council", "Kingston upon Hull"},
        {"Kingston upon Thames", "Kingston upon Thames"},
        {"Royal Borough of Kingston upon Thames", "Kingston upon Thames"},
        {"Herefordshire", "Herefordshire"},
        {"Herefordshire, County of", "Herefordshire"},
        {"St Helens", "St Helens"},
        {"St. Helens", "St Helens"},
        {"ST HELENS", "St Helens"},
        {"Southend-on-Sea", "Southend-on-Sea"},
        {"Southend on Sea", "Southend-on-Sea"},
        {"Southend", "Southend-on-Sea"},
        {"Southend-on-Sea Borough Council", "Southend-on-Sea"},
        {"Telford and Wrekin", "Telford and Wrekin"},
        {"Telford & Wrekin", "Telford and Wrekin"},
        {"Windsor and Maidenhead", "Windsor and Maidenhead"},
        {"Royal Borough of Windsor and Maidenhead", "Windsor and Maidenhead"},
        {"Kensington and Chelsea", "Kensington and Chelsea"},
        {"Kensington & Chelsea", "Kensington and Chelsea"},
        {"Royal Borough of Kensington and Chelsea", "Kensington and Chelsea"},
        {"Richmond upon Thames", "Richmond upon Thames"},
        {"Richmond", "Richmond upon Thames"},
        {"London Borough of Richmond upon Thames", "Richmond upon Thames"},
        {"Isles of Scilly", "Isles of Scilly"},
        {"Council of the Isles of Scilly", "Isles of Scilly"},
        {"City of London", "City of London"},
        {"City of London Corporation", "City of London"},
        {"Bournemouth, Christchurch and Poole", "Bournemouth, Christchurch and Poole"},
        {"Bournemouth, Christchurch & Poole", "Bournemouth, Christchurch and Poole"},
        {"BCP", "Bournemouth, Christchurch and Poole"},
        {"BCP Council", "Bournemouth, Christchurch and Poole"},
        {"Bournemouth", "Bournemouth"},
        {"Borough of Poole", "Poole"},
        {"Dorset", "Dorset"},
        {"Dorset Council", "Dorset"},
        {"Dorset County Council", "Dorset"},
        {"E10000009", "Dorset"},  // the county council's code before 2019
        {"Somerset County Council", "Somerset"},
        {"North Yorkshire County Council", "North Yorkshire"},
        {"Buckinghamshire County Council", "Buckinghamshire"},
        {"City of York", "York"},
        {"City of York Council", "York"},
        {"Cumbria County Council", "Cumbria"},
        {"Cumberland Council", "Cumberland"},
        {"Westmorland and Furness Council", "Westmorland and Furness"},
        {"Northamptonshire", "Northamptonshire"},
        {"North Northamptonshire Council", "North Northamptonshire"},
        {"West Northamptonshire", "West Northamptonshire"},
        {"City of Westminster", "Westminster"},
        {"Westminster City Council", "Westminster"},
        {"Newcastle", "Newcastle upon Tyne"},
        {"Newcastle City Council", "Newcastle upon Tyne"},
        {"Stoke-on-Trent City Council", "Stoke-on-Trent"},
        {"Stoke on Trent", "Stoke-on-Trent"},
        {"Bath & North East Somerset", "Bath and North East Somerset"},
        {"BANES", "Bath and North East Somerset"},
        {"Bedford Borough Council", "Bedford"},
        {"Bedford", "Bedford"},
        {"Central Bedfordshire", "Central Bedfordshire"},
        {"Dudley MBC", "Dudley"},
        {"Trafford Metropolitan Borough", "Trafford"},
        {"Blackpool Borough Council", "Blackpool"},
        {"Leeds City", "Leeds"},
        {"City of Wolverhampton Council", "Wolverhampton"},
        {"City of Doncaster Council", "Doncaster"},
        {"East Riding", "East Riding of Yorkshire"},
        {"Birmingham Children's Trust", "Birmingham"},
        {"Slough Children First", "Slough"},
        {"Durham's", "Durham"},
        {"Brent", "Brent"},
    };
    for (const auto& pair : known) {  // (no structured binding: clang 14 cannot capture one in CAPTURE)
        const std::string& given = pair.first;
        const std::string& want = pair.second;
        CAPTURE(given);
        CHECK(name_of(g.lookup(given)) == want);
    }
    for (const char* none : {"Atlantis", "", "   ", "Bath", "Kingston", "Bedfordshire", "Cheshire", "London",
                             "Northamptonshire Children's Trust", "E99999999", "the"}) {
        CAPTURE(none);
        CHECK_FALSE(g.lookup(none));
    }
}

TEST_CASE("gazetteer_key folds case, punctuation, '&' and possessives") {
    CHECK(gazetteer_key("  Bristol,  City of ") == "bristol city of");
    CHECK(gazetteer_key("Telford & Wrekin") == "telford and wrekin");
    CHECK(gazetteer_key("St. Helens") == "st helens");
    CHECK(gazetteer_key("Stoke-on-Trent") == "stoke on trent");
    CHECK(gazetteer_key("Durham\xE2\x80\x99s children\xE2\x80\x99s services") == "durham children services");
    CHECK(gazetteer_key("O'Neill") == "oneill");
    CHECK(gazetteer_key("") == "");
}

TEST_CASE("every authority named in the real corpus's file names resolves") {
    auto files = corpus_files();
    if (files.empty()) return;
    std::set<std::string> unresolved;
    for (const auto& f : files)
        if (!Gazetteer::instance().lookup(f.slug)) unresolved.insert(f.slug);
    for (const auto& s : unresolved) MESSAGE("unresolved: " << s);
    CHECK(unresolved.empty());
}

TEST_CASE("find_in_text on the first page of every real report names the file's authority") {
    auto files = corpus_files();
    if (files.empty()) return;
    std::size_t ok = 0;
    for (const auto& f : files) {
        CAPTURE(f.path.filename().string());
        std::string head = read_head(f.path, 4096);  // letterheads, addresses and titles
        const AuthorityInfo* want = Gazetteer::instance().lookup(f.slug);
        REQUIRE(want);
        CHECK(in_text(head) == want->name);
        ok += Gazetteer::instance().find_in_text(head) == want;
    }
    MESSAGE("find_in_text agrees with the file name on " << ok << "/" << files.size());
    CHECK(files.size() > 700);
}

TEST_CASE("find_in_text: the longest name at word boundaries, earliest first, capitalised") {
    CHECK(in_text("The overall effectiveness of the arrangements to protect children in the Royal Borough of "
                  "Greenwich is good.") == "Greenwich");
    CHECK(in_text("Inspection of the London Borough of Barnet local authority children's services") == "Barnet");
    CHECK(in_text("nothing here") == "(none)");
    CHECK(in_text("") == "(none)");

    // Longest at the same start.
    CHECK(in_text("Richmond upon Thames and Kingston") == "Richmond upon Thames");
    CHECK(in_text("Achieving for Children in Richmond") == "Richmond upon Thames");
    CHECK(in_text("Focused visit to Bournemouth, Christchurch and Poole children's services") ==
          "Bournemouth, Christchurch and Poole");
    CHECK(in_text("Focused visit to Bournemouth, Christchurch & Poole (BCP)") == "Bournemouth, Christchurch and Poole");
    CHECK(in_text("Bournemouth Borough Council children's services (2017)") == "Bournemouth");
    CHECK(in_text("Borough of Poole") == "Poole");
    CHECK(in_text("Kingston upon Hull City Council") == "Kingston upon Hull");
    CHECK(in_text("Kingston upon Thames") == "Kingston upon Thames");
    CHECK(in_text("Inspection of North East Lincolnshire") == "North East Lincolnshire");
    CHECK(in_text("Bath and North East Somerset Council") == "Bath and North East Somerset");

    // Word boundaries.
    CHECK(in_text("Inspection of North Yorkshire local authority children's services") == "North Yorkshire");
    CHECK(in_text("Inspection of North Northamptonshire children's services") == "North Northamptonshire");
    CHECK(in_text("Services in Bedfordshire and Luton") == "Luton");
    CHECK(in_text("Services in Central Bedfordshire") == "Central Bedfordshire");
    CHECK(in_text("Bedfordshire Police and Bedford Borough Council") == "Bedford");
    CHECK(in_text("Solihull Metropolitan Borough Council") == "Solihull");
    CHECK(in_text("Leicestershire County Council") == "Leicestershire");
    CHECK(in_text("The Dorsetshire Regiment museum") == "(none)");

    // Earliest first.
    CHECK(in_text("Hackney and Islington") == "Hackney");
    CHECK(in_text("Dorset, and later Bournemouth, Christchurch and Poole") == "Dorset");
    CHECK(in_text("City of York Council, which neighbours North Yorkshire") == "York");

    // Capitalisation: ordinary words are not places.
    CHECK(in_text("improving reading age and helping families who bury relatives") == "(none)");
    CHECK(in_text("Reading Borough Council") == "Reading");
    CHECK(in_text("a warm bath and a hull") == "(none)");
    CHECK(in_text("BATH AND NORTH EAST SOMERSET") == "Bath and North East Somerset");

    // Possessives and spelling variants.
    CHECK(in_text("Durham\xE2\x80\x99s children\xE2\x80\x99s services") == "Durham");
    CHECK(in_text("Oldham's Children's Services") == "Oldham");
    CHECK(in_text("Focused visit to St. Helens") == "St Helens");
    CHECK(in_text("Telford & Wrekin Council") == "Telford and Wrekin");
    CHECK(in_text("Focused visit to Stoke-on-Trent") == "Stoke-on-Trent");

    // Places that embed an authority's name are not that authority.
    CHECK(in_text("a conference in New York") == "(none)");
    CHECK(in_text("families who moved from New York to York") == "York");
    CHECK(in_text("Newcastle-under-Lyme Borough Council") == "(none)");
    CHECK(in_text("Newcastle upon Tyne") == "Newcastle upon Tyne");
    CHECK(in_text("Sutton Coldfield, in Birmingham") == "Birmingham");
    CHECK(in_text("Greater Manchester Combined Authority and Bolton") == "Bolton");
    CHECK(in_text("Stoke Newington, Hackney") == "Hackney");
    CHECK(in_text("Avon and Somerset Constabulary and North Somerset Council") == "North Somerset");
    CHECK(in_text("Northamptonshire Children's Trust provides services for West Northamptonshire") ==
          "West Northamptonshire");
    CHECK(in_text("Northamptonshire County Council") == "Northamptonshire");
    CHECK(in_text("Bath") == "(none)");

    // Addresses: Ofsted's offices, post towns and streets.
    CHECK(in_text("Ofsted\nPiccadilly Gate\nStore Street\nManchester\nM1 2WD\n\nDear Ms Smith\nFocused visit to "
                  "Leeds City Council children's services") == "Leeds");
    CHECK(in_text("Agora\n6 Cumberland Place\nNottingham NG1 6HJ\nFocused visit to Derbyshire") == "Derbyshire");
    CHECK(in_text("Clive House\n70 Petty France,\nWestminster,\nLondon SW1H 9EX\nGateshead Civic Centre") ==
          "Gateshead");
    CHECK(in_text("2 Rivergate,\nTemple Quay,\nBristol BS1 6EH\nSomerset County Council") == "Somerset");
    CHECK(in_text("County Hall\nLoughborough Road\nNottingham\nNG2 7QP\nDear Ms Coyle\nFocused visit to "
                  "Nottinghamshire children's services") == "Nottinghamshire");
    CHECK(in_text("Gun Wharf, Dock Road, Chatham, Kent ME4 4TR. Focused visit to Medway") == "Medway");
    CHECK(in_text("2 Reading Lane, London E8 1GQ, London Borough of Hackney") == "Hackney");
    CHECK(in_text("Civic Centre, Manchester Road, Bolton") == "Bolton");
    CHECK(in_text("Visit to Manchester") == "Manchester");
}
