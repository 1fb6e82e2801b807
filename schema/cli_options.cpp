#include "schema/cli_options.hpp"

#include <fstream>
#include <iostream>

#include "schema/version.hpp"

namespace assay::cli {

po::options_description index_location(std::string& index_dir) {
    po::options_description d("Index");
    d.add_options()("index,i", po::value(&index_dir)->required(), "index folder");
    return d;
}

po::options_description general(std::string& config_file) {
    po::options_description d("General");
    d.add_options()("help,h", "show this help")("config", po::value(&config_file),
                                                "read options from this file (key = value lines)");
    return d;
}

po::options_description version_flag() {
    po::options_description d("Version");
    d.add_options()("version,V", "print the version and the index schema version");
    return d;
}

void parse(int argc, const char* const* argv, const po::options_description& visible,
           const po::positional_options_description& positional, po::variables_map& vm,
           const std::string& config_file_option) {
    po::store(po::command_line_parser(argc, argv).options(visible).positional(positional).run(), vm);
    if (vm.count(config_file_option)) {
        auto path = vm[config_file_option].as<std::string>();
        std::ifstream in(path);
        if (!in) throw po::error("cannot read config file " + path);
        po::store(po::parse_config_file(in, visible), vm);
    }
}

bool answered_help_or_version(const po::variables_map& vm, const po::options_description& visible,
                              std::string_view program) {
    if (vm.count("help"))
        std::cout << visible << "\n";
    else if (vm.count("version"))
        std::cout << version_text(program);
    else
        return false;
    return true;
}

}  // namespace assay::cli
