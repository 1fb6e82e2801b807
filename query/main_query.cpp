// Filled in by the query module.
int main() { return 2; }
