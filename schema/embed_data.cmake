# Turns every schema/data/*.tsv into a string constant in one generated C++ file, so the
# programs carry their tables and never look for data files at run time.
file(GLOB files ${DATA_DIR}/*.tsv)
list(SORT files)
set(body "// Generated from schema/data by schema/embed_data.cmake. Do not edit.\n#include <string_view>\nnamespace assay::data {\n")
foreach(f ${files})
  get_filename_component(name ${f} NAME_WE)
  file(READ ${f} content)
  set(body "${body}extern const std::string_view ${name};\nconst std::string_view ${name} = R\"assaydata(${content})assaydata\";\n")
endforeach()
set(body "${body}}  // namespace assay::data\n")
file(WRITE ${OUT}.tmp "${body}")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
