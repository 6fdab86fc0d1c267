// shared_seq.h - a sequence whose copies share their items in chunks (copy-on-write).
//
// The view model's live state (ready queue, timers, a primitive's waiters) is copied at every
// checkpoint of a recording (recording.h). As plain vectors a copy costs every item: with
// 100,000 tasks asleep, 100,000 timers per checkpoint. A SharedSeq copies one pointer per
// chunk of up to kMax items, and a chunk is copied only when an edit touches one of its items,
// so a checkpoint costs what changed since the last one.
//
// Chunks hold between 1 and kMax items (an insert into a full chunk splits it, an erase that
// empties one drops it). Access is by walking the chunks: the edits the model makes are near
// the front (the ready queue, due timers), or found by a scan the model made anyway.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace loopscope::session {

template <class T>
class SharedSeq {
public:
    static constexpr size_t kMax = 64;

    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    const T& front() const { return chunks_.front()->front(); }

    // f(item) for each item in order.
    template <class F>
    void for_each(F&& f) const {
        for (const auto& c : chunks_)
            for (const T& x : *c) f(x);
    }
    // The first item for which p(item), or nullptr.
    template <class P>
    const T* find(P&& p) const {
        for (const auto& c : chunks_)
            for (const T& x : *c)
                if (p(x)) return &x;
        return nullptr;
    }
    template <class P>
    bool any(P&& p) const {
        return find(p) != nullptr;
    }
    // The first item for which p(item), made this copy's own to change, or nullptr.
    template <class P>
    T* find_mut(P&& p) {
        return find_mut_after([](const T&) { return false; }, p);
    }
    // As find_mut, but first skipping the chunks whose last item is before(item) (a sorted
    // sequence: before is true for a prefix of the items, and the whole chunk comes before the
    // item sought).
    template <class B, class P>
    T* find_mut_after(B&& before, P&& p) {
        for (size_t j = skip(before); j < chunks_.size(); ++j) {
            auto& c = chunks_[j];
            for (size_t k = 0; k < c->size(); ++k)
                if (p((*c)[k])) return &(*own(c))[k];
        }
        return nullptr;
    }
    // f(item) on every item for which p(item); only the chunks holding one are copied.
    template <class P, class F>
    void update_if(P&& p, F&& f) {
        for (auto& c : chunks_)
            for (size_t k = 0; k < c->size(); ++k)
                if (p((*c)[k])) f((*own(c))[k]);
    }
    // Erase the first item for which p(item) (copied to *out first): false when there is none.
    template <class P>
    bool erase_first(P&& p, T* out = nullptr) {
        return erase_first_after([](const T&) { return false; }, p, out);
    }
    // As erase_first, skipping the leading chunks as find_mut_after does.
    template <class B, class P>
    bool erase_first_after(B&& before, P&& p, T* out = nullptr) {
        for (size_t j = skip(before); j < chunks_.size(); ++j) {
            auto& c = chunks_[j];
            for (size_t k = 0; k < c->size(); ++k)
                if (p((*c)[k])) {
                    if (out) *out = (*c)[k];
                    erase_at(j, k);
                    return true;
                }
        }
        return false;
    }
    // Erase every item for which p(item), walking from the front and stopping at the first item
    // for which stop(item) (sorted sequences: the prefix that can match). Returns the count.
    template <class P, class S>
    size_t erase_if(P&& p, S&& stop) {
        size_t n = 0;
        for (size_t j = 0; j < chunks_.size();) {
            auto& c = chunks_[j];
            bool done = false, match = false;
            for (const T& x : *c) {
                if (stop(x)) {
                    done = true;
                    break;
                }
                if (p(x)) match = true;
            }
            if (match) {
                std::vector<T>& own_c = *own(c);
                size_t w = 0;
                bool stopped = false;
                for (size_t k = 0; k < own_c.size(); ++k) {
                    stopped = stopped || stop(own_c[k]);
                    if (!stopped && p(own_c[k])) {
                        ++n;
                        continue;
                    }
                    if (w != k) own_c[w] = own_c[k];
                    ++w;
                }
                size_ -= own_c.size() - w;
                own_c.resize(w);
                if (own_c.empty()) {
                    chunks_.erase(chunks_.begin() + static_cast<ptrdiff_t>(j));
                    if (done) break;
                    continue;
                }
            }
            if (done) break;
            ++j;
        }
        return n;
    }
    template <class P>
    size_t erase_if(P&& p) {
        return erase_if(p, [](const T&) { return false; });
    }

    void push_back(const T& v) {
        if (chunks_.empty() || chunks_.back()->size() >= kMax) {
            chunks_.push_back(std::make_shared<std::vector<T>>());
            chunks_.back()->reserve(kMax);
        }
        own(chunks_.back())->push_back(v);
        ++size_;
    }
    // Insert v before the first item for which after(item) (false for a prefix of the items,
    // true for the rest: a sorted insert), or at the end.
    // The chunk is found by a binary search on the chunks' last items, not a walk: a timer set
    // behind 100,000 others looked at 1,563 chunks, a cache miss each.
    template <class P>
    void insert_before_first(const T& v, P&& after) {
        const size_t j = skip([&](const T& x) { return !after(x); });
        if (j == chunks_.size()) {
            push_back(v);
            return;
        }
        const auto& c = chunks_[j];
        size_t k = 0;
        while (!after((*c)[k])) ++k;
        insert_at(j, k, v);
    }
    void clear() {
        chunks_.clear();
        size_ = 0;
    }

    // Bytes this copy holds: the chunk pointers, plus the chunks when `count_chunks`.
    size_t memory_bytes(bool count_chunks) const {
        size_t n = chunks_.capacity() * sizeof(chunks_[0]);
        if (count_chunks)
            for (const auto& c : chunks_) n += c->capacity() * sizeof(T);
        return n;
    }
    // f(chunk address, chunk bytes) for each chunk (to count chunks shared between copies once).
    template <class F>
    void each_chunk(F&& f) const {
        for (const auto& c : chunks_)
            f(static_cast<const void*>(c.get()), c->capacity() * sizeof(T));
    }
    // The chunks themselves (a snapshot's rows are drawn from them: materialize.cpp).
    size_t chunk_count() const { return chunks_.size(); }
    const std::shared_ptr<std::vector<T>>& chunk(size_t j) const { return chunks_[j]; }
    // Chunks this copy shares with another copy (for tests).
    size_t shared_chunks() const {
        size_t n = 0;
        for (const auto& c : chunks_) n += c.use_count() > 1;
        return n;
    }

private:
    using Chunk = std::vector<T>;
    // The first chunk whose last item is not before(item) (before: true for a prefix of the
    // items), by a binary search.
    template <class B>
    size_t skip(B&& before) const {
        if (chunks_.empty() || !before(chunks_.front()->back())) return 0; // (find_mut's case)
        size_t lo = 1, hi = chunks_.size();
        while (lo < hi) {
            const size_t mid = lo + (hi - lo) / 2;
            if (before(chunks_[mid]->back()))
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

private:
    // The chunk, copied first when another copy shares it.
    static Chunk* own(std::shared_ptr<Chunk>& c) {
        if (c.use_count() > 1) {
            auto mine = std::make_shared<Chunk>();
            mine->reserve(kMax);
            mine->assign(c->begin(), c->end());
            c = std::move(mine);
        }
        return c.get();
    }
    void erase_at(size_t j, size_t k) {
        Chunk* c = own(chunks_[j]);
        c->erase(c->begin() + static_cast<ptrdiff_t>(k));
        if (c->empty()) chunks_.erase(chunks_.begin() + static_cast<ptrdiff_t>(j));
        --size_;
    }
    void insert_at(size_t j, size_t k, const T& v) {
        Chunk* c = own(chunks_[j]);
        if (c->size() >= kMax) { // split: the second half becomes a chunk of its own
            auto half = std::make_shared<Chunk>();
            half->reserve(kMax);
            half->assign(c->begin() + kMax / 2, c->end());
            c->resize(kMax / 2);
            chunks_.insert(chunks_.begin() + static_cast<ptrdiff_t>(j + 1), half);
            if (k > kMax / 2) {
                c = half.get();
                k -= kMax / 2;
            }
        }
        c->insert(c->begin() + static_cast<ptrdiff_t>(k), v);
        ++size_;
    }

    std::vector<std::shared_ptr<Chunk>> chunks_;
    size_t size_ = 0;
};

// An array indexed by small integers (handles), default T{} everywhere, whose copies share
// chunks of kItems items as SharedSeq's do: the view model's indexes by handle (which handles are
// in the ready queue, when each timer is due) cost a checkpoint one pointer per chunk and the
// chunks that changed since the last one. Indexes from kLimit up are not stored (get() gives
// T{}, set() ignores them): callers fall back to a scan there.
template <class T, size_t kItems>
class SharedArray {
public:
    static constexpr size_t kLimit = size_t{1} << 24;

    static bool indexable(int64_t i) { return i >= 0 && static_cast<uint64_t>(i) < kLimit; }
    T get(size_t i) const {
        const size_t c = i / kItems;
        return c < chunks_.size() && chunks_[c] ? (*chunks_[c])[i % kItems] : T{};
    }
    void set(size_t i, const T& v) {
        if (i >= kLimit) return;
        const size_t c = i / kItems;
        if (c >= chunks_.size()) {
            if (v == T{}) return;
            chunks_.resize(c + 1);
        }
        std::shared_ptr<Chunk>& ch = chunks_[c];
        if (!ch) {
            if (v == T{}) return;
            ch = std::make_shared<Chunk>();
            ch->fill(T{});
        } else if (ch.use_count() > 1) {
            ch = std::make_shared<Chunk>(*ch);
        }
        (*ch)[i % kItems] = v;
    }
    void clear() { chunks_.clear(); }
    size_t memory_bytes(bool count_chunks) const {
        size_t n = chunks_.capacity() * sizeof(chunks_[0]);
        if (count_chunks)
            for (const auto& c : chunks_) n += c ? sizeof(Chunk) : 0;
        return n;
    }
    template <class F>
    void each_chunk(F&& f) const {
        for (const auto& c : chunks_)
            if (c) f(static_cast<const void*>(c.get()), sizeof(Chunk));
    }

private:
    using Chunk = std::array<T, kItems>;
    std::vector<std::shared_ptr<Chunk>> chunks_;
};

// A set of small integers in a SharedArray of bit words (4,096 per chunk of 512 bytes).
class SharedBits {
public:
    static bool indexable(int64_t i) { return Words::indexable(i / 64) && i >= 0; }
    bool test(size_t i) const { return (words_.get(i / 64) >> (i % 64)) & 1u; }
    void set(size_t i, bool on) {
        const uint64_t w = words_.get(i / 64), bit = uint64_t{1} << (i % 64);
        words_.set(i / 64, on ? (w | bit) : (w & ~bit));
    }
    void clear() { words_.clear(); }
    size_t memory_bytes(bool count_chunks) const { return words_.memory_bytes(count_chunks); }
    template <class F>
    void each_chunk(F&& f) const {
        words_.each_chunk(f);
    }

private:
    using Words = SharedArray<uint64_t, 64>;
    Words words_;
};

} // namespace loopscope::session
