// Option groups shared by every program, so --index, --config and --format mean the same
// thing everywhere. Each program composes the groups it needs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <boost/program_options.hpp>

namespace assay::cli {

namespace po = boost::program_options;

po::options_description index_location(std::string& index_dir);
po::options_description general(std::string& config_file);
// --version (-V): the caller prints version_text() when it is given, as it does for --help.
po::options_description version_flag();

// Parses argv and then, if --config names a file, that file (command line wins).
// Throws po::error with a message that names the option.
void parse(int argc, const char* const* argv, const po::options_description& visible,
           const po::positional_options_description& positional, po::variables_map& vm,
           const std::string& config_file_option = "config");

// --help or --version asked for: prints the option list or version_text(program) and returns
// true, and the program exits with kExitOk.
bool answered_help_or_version(const po::variables_map& vm, const po::options_description& visible,
                              std::string_view program);

// Exit codes shared by the programs.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // the job ran and failed
inline constexpr int kExitUsage = 2;    // bad arguments or a malformed query

}  // namespace assay::cli
