// The malloc fault for programs whose allocator replaces operator new as well as malloc
// (assay-index links mimalloc): there a large std::string or vector never calls malloc, so the
// injector must fail operator new itself, with the exception a failed new throws.
#include <dlfcn.h>

#include <cstddef>
#include <new>

extern "C" {
extern thread_local int assay_fault_in_new;
int assay_fault_allocation_fails(std::size_t n, const char* fn);
}

namespace {
using New = void* (*)(std::size_t);

void* forward(New& next, const char* symbol, std::size_t n) {
    if (!next) next = reinterpret_cast<New>(dlsym(RTLD_NEXT, symbol));
    ++assay_fault_in_new;  // a libstdc++ new calls malloc: one request, counted once
    void* p = next(n);
    --assay_fault_in_new;
    return p;
}
}  // namespace

void* operator new(std::size_t n) {
    static New next = nullptr;
    if (assay_fault_allocation_fails(n, "operator new")) throw std::bad_alloc();
    return forward(next, "_Znwm", n);
}

void* operator new[](std::size_t n) {
    static New next = nullptr;
    if (assay_fault_allocation_fails(n, "operator new[]")) throw std::bad_alloc();
    return forward(next, "_Znam", n);
}
