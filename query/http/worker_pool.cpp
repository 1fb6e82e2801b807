#include "query/http/worker_pool.hpp"

namespace assay::http {

WorkerPool::WorkerPool(std::size_t threads, std::size_t max_queued, std::function<void()> idle,
                       std::chrono::milliseconds idle_every)
    : max_queued_(max_queued), idle_(std::move(idle)), idle_every_(idle_every) {
    for (std::size_t i = 0; i < threads; ++i) threads_.emplace_back([this] { run(); });
}

WorkerPool::~WorkerPool() { stop(); }

bool WorkerPool::try_submit(std::function<void()> task) {
    {
        std::lock_guard lock(mutex_);
        if (stopping_ || queue_.size() >= max_queued_) return false;
        queue_.push_back(std::move(task));
    }
    ready_.notify_one();
    return true;
}

void WorkerPool::stop() {
    {
        std::lock_guard lock(mutex_);
        if (stopping_) return;
        stopping_ = true;
    }
    ready_.notify_all();
    for (auto& t : threads_) t.join();
}

void WorkerPool::run() {
    for (;;) {
        std::function<void()> task;
        {
            std::unique_lock lock(mutex_);
            if (!ready_.wait_for(lock, idle_every_, [this] { return stopping_ || !queue_.empty(); })) {
                lock.unlock();
                if (idle_) idle_();
                continue;
            }
            if (queue_.empty()) return;  // stopping and drained
            task = std::move(queue_.front());
            queue_.pop_front();
        }
        task();  // tasks catch their own exceptions (see run_handler in dispatcher.cpp)
    }
}

}  // namespace assay::http
