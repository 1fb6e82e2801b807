// Placeholder translation unit until the query module lands.
namespace assay {}
