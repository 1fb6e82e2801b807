# The tree builds without a warning under gcc and clang; CI keeps it so with -Werror
# (make test WERROR=1, see .ci/run).
# gcc 12 warns -Wrestrict inside libstdc++ wherever "literal" + std::string is inlined
# ("accessing 9223372036854775810 or more bytes ... may overlap"): a false positive of gcc's
# (gcc bug 105651), not of this code.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  add_compile_options(-Wno-restrict)
endif()
option(ASSAY_WERROR "Treat compiler warnings as errors" OFF)
if(ASSAY_WERROR)
  add_compile_options(-Werror)
endif()
