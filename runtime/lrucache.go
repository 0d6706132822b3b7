package runtime

import (
	"container/list"
	"sync"
)

// LRUCache is the cache of a function decorated with functools.lru_cache
// or functools.cache, keyed by the function's arguments.
//
// Kept from CPython 3.11: a hit returns the stored result without running
// the function; with maxsize > 0 the least recently used entry is dropped
// when the cache is full; maxsize 0 caches nothing; the function runs
// without any lock held (so recursion works and two threads may compute the
// same missing key at once, as in CPython); cache_info counts.
// Dropped: typed=True; keyword and positional calls share one key (the
// translated call always passes every argument in order).
type LRUCache[K comparable, V any] struct {
	mu      sync.Mutex
	maxsize int // < 0: unbounded
	order   *list.List
	entries map[K]*list.Element
	hits    int
	misses  int
}

type lruEntry[K comparable, V any] struct {
	key   K
	value V
}

// NewLRUCache returns an empty cache; maxsize < 0 is None (unbounded).
func NewLRUCache[K comparable, V any](maxsize int) *LRUCache[K, V] {
	return &LRUCache[K, V]{maxsize: maxsize, order: list.New(), entries: map[K]*list.Element{}}
}

// Get returns the cached result for key, or runs compute and stores its
// result.
func (c *LRUCache[K, V]) Get(key K, compute func() V) V {
	c.mu.Lock()
	if e, ok := c.entries[key]; ok {
		c.hits++
		c.order.MoveToFront(e)
		v := e.Value.(*lruEntry[K, V]).value
		c.mu.Unlock()
		return v
	}
	c.misses++
	c.mu.Unlock()
	v := compute()
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.entries[key]; ok || c.maxsize == 0 {
		return v
	}
	c.entries[key] = c.order.PushFront(&lruEntry[K, V]{key, v})
	if c.maxsize > 0 && c.order.Len() > c.maxsize {
		last := c.order.Back()
		c.order.Remove(last)
		delete(c.entries, last.Value.(*lruEntry[K, V]).key)
	}
	return v
}

// Len returns the number of cached results (cache_info().currsize).
func (c *LRUCache[K, V]) Len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
}

// CacheInfo is functools' CacheInfo named tuple.
type CacheInfo struct {
	Hits, Misses, Maxsize, Currsize int // Maxsize < 0: None
}

// PyRepr is repr(info): CacheInfo(hits=1, misses=4, maxsize=2, currsize=2).
func (i *CacheInfo) PyRepr() string {
	maxsize := "None"
	if i.Maxsize >= 0 {
		maxsize = Str(i.Maxsize)
	}
	return "CacheInfo(hits=" + Str(i.Hits) + ", misses=" + Str(i.Misses) + ", maxsize=" + maxsize + ", currsize=" + Str(i.Currsize) + ")"
}

// MaxsizeOrNone returns maxsize as a Python value: an int, or nil (None).
func (i *CacheInfo) MaxsizeOrNone() any { return OptionalLen(i.Maxsize) }

// Info returns cache_info().
func (c *LRUCache[K, V]) Info() *CacheInfo {
	c.mu.Lock()
	defer c.mu.Unlock()
	return &CacheInfo{Hits: c.hits, Misses: c.misses, Maxsize: c.maxsize, Currsize: c.order.Len()}
}

// Clear is cache_clear(): it drops the results and the statistics.
func (c *LRUCache[K, V]) Clear() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.order.Init()
	c.entries = map[K]*list.Element{}
	c.hits, c.misses = 0, 0
}
