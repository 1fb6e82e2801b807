# The release version (project(VERSION)) reaches the programs through one source file, so a
# version bump recompiles only schema/version.cpp.
set_source_files_properties(${CMAKE_SOURCE_DIR}/schema/version.cpp PROPERTIES
  COMPILE_DEFINITIONS ASSAY_VERSION="${PROJECT_VERSION}")
