#include "query/snapshot_probe.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "query/snapshot.hpp"

namespace assay {

void probe_index_in_child(const std::filesystem::path& index_dir) {
    pid_t pid = ::fork();
    if (pid < 0) return;  // no child to spare: open in-process as before
    if (pid == 0) {
        // _exit: the child must not run the parent's atexit handlers or flush its streams.
        try {
            IndexSnapshot::open(index_dir);
        } catch (...) {
            ::_exit(1);
        }
        ::_exit(0);
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFSIGNALED(status))
        throw IndexDamaged("cannot read index " + index_dir.string() + ": reading it crashed the reader (" +
                           ::strsignal(WTERMSIG(status)) + "); run assay-index check, then rebuild it");
}

}  // namespace assay
