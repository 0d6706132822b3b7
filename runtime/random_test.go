package runtime

import (
	"slices"
	"sync"
	"testing"
)

// The expected values were printed by CPython 3.11 for the same calls
// after random.seed(42), in this order.
func TestSeededRandomMatchesCPython(t *testing.T) {
	Seed(42)
	for _, want := range []float64{0.6394267984578837, 0.025010755222666936, 0.27502931836911926} {
		if got := Random(); got != want {
			t.Fatalf("Random() = %v, want %v", got, want)
		}
	}
	var ints []int
	for range 5 {
		ints = append(ints, RandInt(1, 10))
	}
	if want := []int{4, 3, 2, 9, 2}; !slices.Equal(ints, want) {
		t.Errorf("RandInt(1, 10) x5 = %v, want %v", ints, want)
	}
	if got := Uniform(1.5, 2.5); got != 2.09049251244904 {
		t.Errorf("Uniform = %v", got)
	}
	xs := Range(0, 10, 1)
	Shuffle(xs)
	if want := []int{5, 3, 2, 8, 4, 6, 7, 1, 9, 0}; !slices.Equal(xs, want) {
		t.Errorf("Shuffle = %v, want %v", xs, want)
	}
	if got := Choice([]string{"red", "green", "blue"}); got != "blue" {
		t.Errorf("Choice = %v", got)
	}
	if got, want := Sample(Range(0, 100, 1), 5), []int{83, 89, 69, 53, 28}; !slices.Equal(got, want) {
		t.Errorf("Sample(range(100), 5) = %v, want %v", got, want)
	}
	if got, want := Sample(Range(0, 1000, 1), 8), []int{459, 603, 284, 828, 890, 6, 777, 825}; !slices.Equal(got, want) {
		t.Errorf("Sample(range(1000), 8) = %v, want %v", got, want)
	}
	abc := []string{"a", "b", "c"}
	if got, want := Choices(abc, nil, 4), []string{"a", "b", "a", "a"}; !slices.Equal(got, want) {
		t.Errorf("Choices = %v, want %v", got, want)
	}
	if got, want := Choices(abc, []float64{1, 5, 2}, 4), []string{"c", "a", "b", "b"}; !slices.Equal(got, want) {
		t.Errorf("Choices with weights = %v, want %v", got, want)
	}
	if a, b := RandRange(0, 10, 1), RandRange(2, 20, 3); a != 5 || b != 14 {
		t.Errorf("RandRange = %d %d, want 5 14", a, b)
	}
}

func TestSeedWords(t *testing.T) {
	for _, c := range []struct {
		seed int
		want float64
	}{{1<<40 + 5, 0.5043802970418443}, {-7, 0.32383276483316237}, {0, 0.8444218515250481}} {
		Seed(c.seed)
		if got := Random(); got != c.want {
			t.Errorf("after Seed(%d): Random() = %v, want %v", c.seed, got, c.want)
		}
	}
}

func TestRandomErrors(t *testing.T) {
	for name, f := range map[string]func(){
		"Choice of empty": func() { Choice([]int{}) },
		"Sample too big":  func() { Sample([]int{1}, 2) },
		"RandInt empty":   func() { RandInt(3, 2) },
		"RandRange empty": func() { RandRange(5, 5, 1) },
	} {
		if Try(f) == nil {
			t.Errorf("%s raised nothing", name)
		}
	}
}

func TestRandomConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 100 {
				if x := Random(); x < 0 || x >= 1 {
					t.Errorf("Random() = %v", x)
				}
			}
		})
	}
	wg.Wait()
}
