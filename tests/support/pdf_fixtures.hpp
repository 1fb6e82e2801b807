// PDF files for tests, made by code at test time: a text PDF with given lines on each page, an
// image-only PDF (a scan: no text layer), a password-protected copy (qpdf) and a truncated one.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace assay::testing {

namespace pdf_detail {

// A PDF string literal: ( ) and \ escaped.
inline std::string literal(const std::string& s) {
    std::string out = "(";
    for (char c : s) {
        if (c == '(' || c == ')' || c == '\\') out.push_back('\\');
        out.push_back(c);
    }
    return out + ")";
}

inline std::string stream_object(const std::string& dict, const std::string& data) {
    return "<< " + dict + " /Length " + std::to_string(data.size()) + " >>\nstream\n" + data + "\nendstream";
}

// Objects 1.. in order; object 1 is the catalog. Writes the cross-reference table.
inline std::string assemble(const std::vector<std::string>& objects) {
    std::string out = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(out.size());
        out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const std::size_t xref = out.size();
    out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (auto off : offsets) {
        std::string n = std::to_string(off);
        out += std::string(10 - n.size(), '0') + n + " 00000 n \n";
    }
    out += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    return out;
}

// Pages built by `content(i)` with `resources`; objects: catalog, pages, shared resource, pages.
template <typename Content>
std::string paged_pdf(std::size_t pages, const std::string& resource_object, const std::string& resources,
                      Content content) {
    std::vector<std::string> objects{"<< /Type /Catalog /Pages 2 0 R >>", "", resource_object};
    std::string kids;
    for (std::size_t i = 0; i < pages; ++i) {
        const std::size_t page = objects.size() + 1;
        kids += std::to_string(page) + " 0 R ";
        objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources " + resources +
                          " /Contents " + std::to_string(page + 1) + " 0 R >>");
        objects.push_back(stream_object("", content(i)));
    }
    objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pages) + " >>";
    return assemble(objects);
}

}  // namespace pdf_detail

// One page per element, each holding its lines (ASCII) from the top in Helvetica.
inline std::string text_pdf(const std::vector<std::vector<std::string>>& pages) {
    return pdf_detail::paged_pdf(pages.size(), "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                                 "<< /Font << /F1 3 0 R >> >>", [&](std::size_t i) {
                                     std::string s = "BT /F1 11 Tf 14 TL 72 770 Td\n";
                                     for (const auto& line : pages[i]) s += pdf_detail::literal(line) + " Tj T*\n";
                                     return s + "ET";
                                 });
}

// Pages that only draw an image, as a scanner writes them.
inline std::string image_only_pdf(std::size_t pages = 2) {
    const std::string pixels("\x00\xff\xff\x00", 4);
    return pdf_detail::paged_pdf(
        pages,
        pdf_detail::stream_object("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray "
                                  "/BitsPerComponent 8",
                                  pixels),
        "<< /XObject << /Im1 3 0 R >> >>",
        [](std::size_t) { return std::string("q 400 0 0 560 100 140 cm /Im1 Do Q"); });
}

inline std::string read_file_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// A copy of `pdf` that opens only with the password "secret" (AES-256, by qpdf).
inline bool encrypt_pdf(const std::filesystem::path& pdf, const std::filesystem::path& out) {
    const std::string cmd = "qpdf --encrypt secret owner-secret 256 -- '" + pdf.string() + "' '" + out.string() + "'";
    return std::system(cmd.c_str()) == 0;
}

// The first `percent` of a file, as an interrupted download leaves it.
inline std::string truncated(const std::filesystem::path& file, int percent) {
    std::string bytes = read_file_bytes(file);
    bytes.resize(bytes.size() * static_cast<std::size_t>(percent) / 100);
    return bytes;
}

}  // namespace assay::testing
