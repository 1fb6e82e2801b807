// extract_docx: the body of word/document.xml from a .docx (a zip container), through libzip
// and pugixml. Paragraphs become blank-line separated text; "Heading N" and "Title" styles
// become markdown headings, numbered or bulleted paragraphs "- " items and table rows
// tab-separated cells, which the parser reads as it reads converted text.
#include <memory>

#include <zip.h>
#include <pugixml.hpp>

#include "indexer/extracted_text.hpp"
#include "indexer/extraction.hpp"
#include "indexer/parse_text.hpp"

namespace assay {
namespace {

constexpr std::string_view kDocumentXml = "word/document.xml";
constexpr int kMaxDepth = 64;  // nesting of tables and content controls followed

Extracted failure(std::string reason) {
    Extracted e;
    e.reason = std::move(reason);
    return e;
}

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileCloser {
    void operator()(zip_file_t* f) const { zip_fclose(f); }
};

std::string_view local_name(const pugi::xml_node& n) {
    std::string_view name = n.name();
    auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

pugi::xml_node child_named(const pugi::xml_node& n, std::string_view name) {
    for (auto c : n.children())
        if (local_name(c) == name) return c;
    return {};
}

std::string attribute_val(const pugi::xml_node& n) {
    for (auto a : n.attributes()) {
        std::string_view name = a.name();
        if (name == "val" || name.ends_with(":val")) return a.value();
    }
    return {};
}

// Text runs of a paragraph, in order (w:t), tabs and breaks as spaces. Iterative: a hostile
// file may nest elements deeply.
struct RunText : pugi::xml_tree_walker {
    std::string text;
    bool for_each(pugi::xml_node& n) override {
        auto name = local_name(n);
        if (n.type() == pugi::node_pcdata && local_name(n.parent()) == "t")
            text += n.value();
        else if (name == "tab" || name == "br" || name == "cr" || name == "p")
            text.push_back(' ');  // "p": in a cell
        return true;
    }
};

std::string run_text(pugi::xml_node p) {
    RunText walker;
    p.traverse(walker);
    return std::move(walker.text);
}

// "# " for a heading style, "- " for a numbered or bulleted paragraph.
std::string paragraph_marker(const pugi::xml_node& p) {
    auto props = child_named(p, "pPr");
    std::string style = attribute_val(child_named(props, "pStyle"));
    if (style == "Title") return "# ";
    if (style.starts_with("Heading") && style.size() == 8 && style[7] >= '1' && style[7] <= '9')
        return std::string(static_cast<std::size_t>(style[7] - '0'), '#') + " ";
    if (child_named(props, "numPr")) return "- ";
    return {};
}

struct Writer {
    std::string out;
    std::size_t limit;
    bool over() const { return out.size() > limit; }

    void paragraph(const pugi::xml_node& p) {
        std::string text = run_text(p);
        if (text.find_first_not_of(' ') == std::string::npos) return;
        out += paragraph_marker(p) + text + "\n\n";
    }
    void table(const pugi::xml_node& tbl) {
        for (auto row : tbl.children()) {
            if (local_name(row) != "tr") continue;
            std::string line;
            for (auto cell : row.children()) {
                if (local_name(cell) != "tc") continue;
                if (!line.empty()) line.push_back('\t');
                line += trim(run_text(cell));
            }
            out += line + "\n";
            if (over()) return;
        }
        out.push_back('\n');
    }
    void block(const pugi::xml_node& parent, int depth) {
        if (depth > kMaxDepth) return;
        for (auto n : parent.children()) {
            if (over()) return;
            auto name = local_name(n);
            if (name == "p")
                paragraph(n);
            else if (name == "tbl")
                table(n);
            else if (name == "sdt" || name == "sdtContent" || name == "customXml" || name == "ins" ||
                     name == "smartTag")
                block(n, depth + 1);
        }
    }
};

// Reads the named entry whole, refusing more than `limit` bytes whatever its header claims.
Extracted read_entry(zip_t* zip, zip_int64_t index, std::size_t limit, std::string& xml) {
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(zip, static_cast<zip_uint64_t>(index), 0, &st) == 0 && (st.valid & ZIP_STAT_SIZE) &&
        st.size > limit)
        return failure("decompression bomb: word/document.xml would be " + std::to_string(st.size >> 20) +
                       " MB (limit " + std::to_string(limit >> 20) + " MB)");
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        return failure("encrypted: password-protected Word file");
    std::unique_ptr<zip_file_t, ZipFileCloser> file(zip_fopen_index(zip, static_cast<zip_uint64_t>(index), 0));
    if (!file) return failure(std::string("damaged: ") + zip_strerror(zip));
    char buf[65536];
    while (true) {
        zip_int64_t n = zip_fread(file.get(), buf, sizeof buf);
        if (n < 0) return failure("damaged: word/document.xml cannot be decompressed");
        if (n == 0) break;
        xml.append(buf, static_cast<std::size_t>(n));
        if (xml.size() > limit)
            return failure("decompression bomb: word/document.xml inflates past " + std::to_string(limit >> 20) +
                           " MB");
    }
    Extracted ok;
    ok.ok = true;
    return ok;
}

}  // namespace

Extracted extract_docx(std::string_view bytes, const ExtractLimits& limits) {
    // A password-protected Word file is not a zip but an OLE compound file wrapping the
    // encrypted package.
    if (bytes.starts_with("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return failure("encrypted: password-protected Word file (or an old .doc)");
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (!source) return failure("damaged: not a zip container");
    std::unique_ptr<zip_t, ZipCloser> zip(zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!zip) {
        zip_source_free(source);
        zip_error_fini(&error);
        return failure("damaged: not a zip container, so not a Word file");
    }
    zip_error_fini(&error);
    zip_int64_t index = zip_name_locate(zip.get(), std::string(kDocumentXml).c_str(), 0);
    if (index < 0) return failure("not a Word file: a zip without word/document.xml");
    std::string xml;
    if (Extracted e = read_entry(zip.get(), index, limits.max_xml_bytes, xml); !e.ok) return e;
    pugi::xml_document doc;
    if (!doc.load_buffer_inplace(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8))
        return failure("damaged: word/document.xml is not well-formed XML");
    auto body = child_named(child_named(doc, "document"), "body");
    if (!body) return failure("not a Word file: word/document.xml has no body");
    Writer writer{{}, limits.max_text_bytes};
    writer.block(body, 0);
    if (writer.over()) return failure("too much text (over " + std::to_string(limits.max_text_bytes >> 20) + " MB)");
    Extracted out;
    out.text = clean_extracted_text(writer.out);
    if (!has_words(out.text)) return failure("no text");
    out.ok = true;
    return out;
}

}  // namespace assay
