// Running the built programs from a test as a user would: a shell command line, its exit
// status and everything it printed (stdout and stderr together).
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

#include <doctest/doctest.h>

namespace assay::testing {

struct ProgramRun {
    int status = 0;
    std::string out;
};

inline ProgramRun run_program(const std::string& command_line) {
    ProgramRun r;
    FILE* p = ::popen((command_line + " 2>&1").c_str(), "r");
    REQUIRE(p);
    std::array<char, 4096> buf;
    while (std::size_t n = std::fread(buf.data(), 1, buf.size(), p)) r.out.append(buf.data(), n);
    int st = ::pclose(p);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128;
    return r;
}

// Path of a program in the build folder.
inline std::string program(const std::string& name) { return std::string(ASSAY_BINARY_DIR) + "/" + name; }

// s as one single-quoted shell word; any byte but NUL survives.
inline std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

}  // namespace assay::testing
