package runtime

import (
	"math"
	"math/bits"
	"math/rand/v2"
	"sort"
	"sync"
)

// This file is CPython's random module for programs that call
// random.seed(n): the same Mersenne Twister (MT19937), seeded from an int
// the way CPython's init_by_array does, and the same algorithms on top
// (random, randrange/randint through getrandbits with rejection, shuffle,
// choice, sample, choices, uniform), so a seeded program prints CPython's
// numbers. The functions share one generator behind a mutex, as Python's
// module-level functions share one. Kept: sequences for int seeds and the
// ValueError/IndexError of empty ranges and oversized samples. Dropped:
// seeding from str, bytes or float (the translator reports those), and
// getrandbits beyond 64 bits. Before any Seed the generator starts from a
// random seed, as CPython's does.

const mtN, mtM = 624, 397

// mt19937 is the generator state.
type mt19937 struct {
	state [mtN]uint32
	index int
}

var random = struct {
	sync.Mutex
	gen    mt19937
	seeded bool
}{}

func (g *mt19937) initGenrand(s uint32) {
	g.state[0] = s
	for i := 1; i < mtN; i++ {
		prev := g.state[i-1]
		g.state[i] = 1812433253*(prev^(prev>>30)) + uint32(i)
	}
	g.index = mtN
}

func (g *mt19937) initByArray(key []uint32) {
	g.initGenrand(19650218)
	i, j := 1, 0
	for k := max(mtN, len(key)); k > 0; k-- {
		prev := g.state[i-1]
		g.state[i] = (g.state[i] ^ ((prev ^ (prev >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= mtN {
			g.state[0] = g.state[mtN-1]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k := mtN - 1; k > 0; k-- {
		prev := g.state[i-1]
		g.state[i] = (g.state[i] ^ ((prev ^ (prev >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= mtN {
			g.state[0] = g.state[mtN-1]
			i = 1
		}
	}
	g.state[0] = 0x80000000
}

func (g *mt19937) uint32() uint32 {
	if g.index >= mtN {
		for k := range mtN {
			y := g.state[k]&0x80000000 | g.state[(k+1)%mtN]&0x7fffffff
			next := g.state[(k+mtM)%mtN] ^ (y >> 1)
			if y&1 != 0 {
				next ^= 0x9908b0df
			}
			g.state[k] = next
		}
		g.index = 0
	}
	y := g.state[g.index]
	g.index++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// float is random.random(): 53 random bits from two outputs.
func (g *mt19937) float() float64 {
	a, b := g.uint32()>>5, g.uint32()>>6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// bits is random.getrandbits(k) for k <= 64: 32-bit words filled from the
// least significant end, the last one cut to the bits left.
func (g *mt19937) bits(k int) uint64 {
	var r uint64
	for shift := 0; k > 0; shift, k = shift+32, k-32 {
		w := g.uint32()
		if k < 32 {
			w >>= 32 - k
		}
		r |= uint64(w) << shift
	}
	return r
}

// below is random._randbelow(n) for n > 0.
func (g *mt19937) below(n int) int {
	k := bits.Len64(uint64(n))
	r := g.bits(k)
	for r >= uint64(n) {
		r = g.bits(k)
	}
	return int(r)
}

// withRandom runs f on the shared generator, seeding it at random first if
// the program has not.
func withRandom[T any](f func(g *mt19937) T) T {
	random.Lock()
	defer random.Unlock()
	if !random.seeded {
		random.gen.initByArray([]uint32{rand.Uint32(), rand.Uint32(), rand.Uint32(), rand.Uint32()})
		random.seeded = true
	}
	return f(&random.gen)
}

// Seed is random.seed(n) for an int n: CPython seeds with the 32-bit words
// of |n|, least significant first.
func Seed(n int) {
	u := uint64(n)
	if n < 0 {
		u = uint64(-(n + 1)) + 1
	}
	key := []uint32{uint32(u)}
	if hi := uint32(u >> 32); hi != 0 {
		key = append(key, hi)
	}
	random.Lock()
	defer random.Unlock()
	random.gen.initByArray(key)
	random.seeded = true
}

// Random is random.random(): a float in [0, 1).
func Random() float64 { return withRandom((*mt19937).float) }

// Uniform is random.uniform(a, b): a + (b-a) * random().
func Uniform(a, b float64) float64 { return a + (b-a)*Random() }

// RandRange is random.randrange(start, stop, step).
func RandRange(start, stop, step int) int {
	if step == 0 {
		panic(NewExc(ValueError, "zero step for randrange()"))
	}
	width := stop - start
	n := (width + step - 1) / step
	if step < 0 {
		n = (width + step + 1) / step
	}
	if n <= 0 {
		panic(NewExc(ValueError, "empty range for randrange()"))
	}
	return start + step*withRandom(func(g *mt19937) int { return g.below(n) })
}

// RandInt is random.randint(a, b): an int in [a, b].
func RandInt(a, b int) int {
	if b < a {
		panic(NewExc(ValueError, "empty range for randrange()"))
	}
	return a + withRandom(func(g *mt19937) int { return g.below(b - a + 1) })
}

// Choice is random.choice(xs), raising IndexError for an empty xs.
func Choice[T any](xs []T) T {
	if len(xs) == 0 {
		panic(NewExc(IndexError, "Cannot choose from an empty sequence"))
	}
	return xs[withRandom(func(g *mt19937) int { return g.below(len(xs)) })]
}

// Shuffle is random.shuffle(xs), in place.
func Shuffle[T any](xs []T) {
	withRandom(func(g *mt19937) struct{} {
		for i := len(xs) - 1; i > 0; i-- {
			j := g.below(i + 1)
			xs[i], xs[j] = xs[j], xs[i]
		}
		return struct{}{}
	})
}

// Sample is random.sample(xs, k): k distinct positions of xs, chosen as
// CPython does (a shrinking pool for small populations, a set of taken
// positions for large ones).
func Sample[T any](xs []T, k int) []T {
	n := len(xs)
	if k < 0 || k > n {
		panic(NewExc(ValueError, "Sample larger than population or is negative"))
	}
	setsize := 21
	if k > 5 {
		setsize += int(math.Pow(4, math.Ceil(math.Log(float64(k*3))/math.Log(4))))
	}
	out := make([]T, k)
	withRandom(func(g *mt19937) struct{} {
		if n <= setsize {
			pool := append([]T(nil), xs...)
			for i := range k {
				j := g.below(n - i)
				out[i] = pool[j]
				pool[j] = pool[n-i-1]
			}
			return struct{}{}
		}
		taken := map[int]bool{}
		for i := range k {
			j := g.below(n)
			for taken[j] {
				j = g.below(n)
			}
			taken[j] = true
			out[i] = xs[j]
		}
		return struct{}{}
	})
	return out
}

// Choices is random.choices(xs, weights, k=k); weights may be nil. With
// weights, CPython bisects the running totals.
func Choices[T any](xs []T, weights []float64, k int) []T {
	out := make([]T, k)
	n := float64(len(xs))
	if weights == nil {
		for i := range out {
			out[i] = xs[int(math.Floor(Random()*n))]
		}
		return out
	}
	if len(weights) != len(xs) {
		panic(NewExc(ValueError, "The number of weights does not match the population"))
	}
	cum := make([]float64, len(weights))
	total := 0.0
	for i, w := range weights {
		total += w
		cum[i] = total
	}
	hi := len(xs) - 1
	for i := range out {
		x := Random() * total
		// bisect_right(cum, x, 0, hi)
		out[i] = xs[sort.Search(hi, func(j int) bool { return cum[j] > x })]
	}
	return out
}
