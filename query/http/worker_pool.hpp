// WorkerPool: a fixed number of threads running request handlers from a bounded queue.
// try_submit refuses work when the queue is full, so overload turns into a fast 503 instead
// of unbounded memory and latency. An idle worker calls the idle hook every second or so: the
// daemon uses it to let go of a replaced index generation that only idle threads still hold.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace assay::http {

class WorkerPool {
public:
    WorkerPool(std::size_t threads, std::size_t max_queued, std::function<void()> idle = {},
               std::chrono::milliseconds idle_every = std::chrono::seconds(1));
    ~WorkerPool();  // finishes the queued tasks, then joins
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    bool try_submit(std::function<void()> task);
    void stop();  // idempotent; runs what is queued and joins the threads

private:
    void run();

    std::size_t max_queued_;
    std::function<void()> idle_;
    std::chrono::milliseconds idle_every_;
    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<std::function<void()>> queue_;
    bool stopping_ = false;
    std::vector<std::thread> threads_;
};

}  // namespace assay::http
