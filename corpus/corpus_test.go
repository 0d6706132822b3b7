package corpus

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/py2goconc/py2goconc"
	"github.com/py2goconc/py2goconc/parser"
)

var (
	update = flag.Bool("update", false, "rewrite the .go.golden files and the STATUS files from this run")
	record = flag.Bool("record", false, "re-record CPython's behaviour of the selected programs with python3 3.11 from PATH")
)

// maxProcesses bounds the programs (or recordings) running at once. They
// mostly sleep, so more than the two cores the project is tested on, but few
// enough that programs comparing sleeps keep their timing.
const maxProcesses = 8

// unstableExamples lists, with the reason, the examples whose behaviour is
// not determined by the program in CPython either, so a run may legitimately
// do worse than STATUS: the ratchet logs them instead of failing.
var unstableExamples = map[string]string{
	"tutorial/010_livelock_demo": "the livelock lasts only while both threads stay in step; " +
		"under load one can take both locks and finish, in CPython too",
}

// TestCorpus checks every example: translation (golden, determinism), then
// one race-enabled build of all translations, then the runs against the
// CPython records, then each example's STATUS row (the ratchet). Subtests
// are named SET/NAME, e.g. tutorial/001_creating_threads or
// suite/plain/001_x, so -run selects examples.
func TestCorpus(t *testing.T) {
	sets, err := Discover(".")
	if err != nil {
		t.Fatal(err)
	}
	if *record {
		if err := CheckPython(); err != nil {
			t.Fatal(err)
		}
	}
	c := &corpusRun{recorded: map[string]map[string]Result{}, results: map[string][]Result{}}
	for _, set := range sets {
		c.recorded[set.Name] = readStatus(t, set.Status)
	}
	t.Cleanup(func() {
		c.jobs.Wait()
		for _, set := range sets {
			c.finishSet(t, set)
		}
	})
	start := time.Now()
	for _, set := range sets {
		for _, ex := range set.Examples {
			t.Run(set.Name+"/"+ex.Name, func(t *testing.T) { c.example(t, ex) })
		}
	}
	t.Logf("translated %d examples in %v", len(c.runs), time.Since(start).Round(time.Millisecond))
	c.recordAll(t)
	c.buildAndRun(t)
}

// corpusRun is the state TestCorpus shares with its subtests.
type corpusRun struct {
	mu       sync.Mutex
	runs     []*exampleRun                // selected examples, in discovery order
	recorded map[string]map[string]Result // STATUS rows per set
	results  map[string][]Result          // this run's rows per set
	jobs     sync.WaitGroup               // program runs still going
}

// exampleRun carries one example through the phases. The parent fills in
// the build and run fields, then closes done; the subtest reads them after.
type exampleRun struct {
	ex          *Example
	result      Result
	translation []byte // nil when the translation failed
	cpython     Record
	cpythonErr  error
	compileErr  string
	goRun       Record
	runErr      error
	detail      string // what to show about the first problem
	done        chan struct{}
	once        sync.Once
}

func (r *exampleRun) finish() { r.once.Do(func() { close(r.done) }) }

func (c *corpusRun) example(t *testing.T, ex *Example) {
	r := &exampleRun{ex: ex, done: make(chan struct{}), result: Result{
		Name: ex.Name, Kind: ex.Header.Kind,
		Translates: No, Compiles: NotReached, Matches: NotReached, RaceFree: NotReached,
	}}
	c.mu.Lock()
	c.runs = append(c.runs, r)
	c.mu.Unlock()
	defer c.store(t, r)
	translate(t, r)
	if ex.Header.Kind == Program {
		if data, err := os.ReadFile(ex.RecordPath()); err != nil {
			r.cpythonErr = fmt.Errorf("no CPython record (run the test with -record): %v", err)
		} else if r.cpython, err = ParseRecord(data); err != nil {
			r.cpythonErr = fmt.Errorf("%s: %v", ex.RecordPath(), err)
		}
	}
	if testing.Short() {
		if r.cpythonErr != nil && !*record {
			t.Error(r.cpythonErr)
		}
		return
	}
	// Wait, without holding one of -parallel's slots busy, for the parent
	// to build every translation at once and run this one.
	t.Parallel()
	<-r.done
	judge(t, r)
}

// translate runs the translator twice (it must be deterministic) and checks
// the output against the golden file.
func translate(t *testing.T, r *exampleRun) {
	name := filepath.Base(r.ex.Path)
	out, diags, panicked := translateSafely(name, r.ex.Src)
	if panicked != "" {
		t.Errorf("translator panicked: %s", panicked)
		r.result.Problem = "translator panicked: " + firstLine(panicked)
		return
	}
	if diags.HasErrors() {
		r.result.Problem = firstLine(diags.Errors()[0].String())
		r.detail = diags.String()
		if *update {
			removeStaleGolden(t, r.ex)
		}
		return
	}
	r.result.Translates, r.translation = Yes, out
	if again, _, _ := translateSafely(name, r.ex.Src); !bytes.Equal(out, again) {
		t.Errorf("translating twice gives different output (- first, + second):\n%s", Diff(string(out), string(again)))
	}
	checkGolden(t, r.ex.GoldenPath(), out)
}

func translateSafely(name string, src []byte) (out []byte, diags parser.Diagnostics, panicked string) {
	defer func() {
		if p := recover(); p != nil {
			panicked = fmt.Sprint(p)
		}
	}()
	out, diags = py2goconc.Translate(name, src, py2goconc.Options{})
	return out, diags, ""
}

func checkGolden(t *testing.T, golden string, out []byte) {
	want, err := os.ReadFile(golden)
	switch {
	case *update && (err != nil || !bytes.Equal(want, out)):
		if err := os.WriteFile(golden, out, 0o644); err != nil {
			t.Error(err)
		}
	case errors.Is(err, fs.ErrNotExist):
		t.Logf("%s does not exist yet; -update writes it", golden)
	case err != nil:
		t.Error(err)
	case !bytes.Equal(want, out):
		t.Errorf("translation differs from %s (- golden, + now; -update accepts it):\n%s", golden, Diff(string(want), string(out)))
	}
}

func removeStaleGolden(t *testing.T, ex *Example) {
	if err := os.Remove(ex.GoldenPath()); err != nil && !errors.Is(err, fs.ErrNotExist) {
		t.Error(err)
	}
}

// judge fills in the build and run columns once the parent is done.
func judge(t *testing.T, r *exampleRun) {
	res := &r.result
	if r.translation == nil {
		return
	}
	if r.compileErr != "" {
		res.Compiles, res.Problem, r.detail = No, firstLine(r.compileErr), r.compileErr
		return
	}
	res.Compiles = Yes
	if r.ex.Header.Kind == Fragment {
		return
	}
	res.Matches = No
	switch {
	case r.cpythonErr != nil:
		t.Error(r.cpythonErr)
		res.Problem = firstLine(r.cpythonErr.Error())
		return
	case r.runErr != nil:
		res.Problem, r.detail = "run: "+firstLine(r.runErr.Error()), r.runErr.Error()
		return
	}
	goRun, raced := stripRaceReports(r.goRun)
	res.RaceFree = Yes
	if raced {
		res.RaceFree = No
		res.Problem, r.detail = "the race detector reported a data race", r.goRun.Stderr
	}
	if m := Compare(r.ex.Header, r.cpython, goRun); m != nil {
		res.Problem, r.detail = m.Summary, m.Detail
		return
	}
	res.Matches = Yes
}

// store keeps the example's row and applies the ratchet to it.
func (c *corpusRun) store(t *testing.T, r *exampleRun) {
	if r.detail != "" {
		t.Logf("first problem: %s\n%s", r.result.Problem, r.detail)
	}
	worse, better := Ratchet(c.recorded[r.ex.Set], []Result{r.result}, !testing.Short())
	for _, w := range worse {
		reason, unstable := unstableExamples[r.ex.Set+"/"+r.ex.Name]
		switch {
		case *update:
			t.Logf("worse than STATUS (accepted by -update): %s", w)
		case unstable:
			t.Logf("worse than STATUS, not counted (%s): %s", reason, w)
		default:
			t.Errorf("worse than STATUS: %s", w)
		}
	}
	for _, b := range better {
		t.Logf("better than STATUS (run with -update to record it): %s", b)
	}
	c.mu.Lock()
	c.results[r.ex.Set] = append(c.results[r.ex.Set], r.result)
	c.mu.Unlock()
}

// recordAll re-records the selected programs under -record, in parallel.
func (c *corpusRun) recordAll(t *testing.T) {
	if !*record {
		return
	}
	start := time.Now()
	var wg sync.WaitGroup
	slots := make(chan struct{}, maxProcesses)
	for _, r := range c.runs {
		if r.ex.Header.Kind != Program {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			slots <- struct{}{}
			defer func() { <-slots }()
			rec, err := RecordCPython(r.ex)
			if err == nil {
				err = WriteRecord(r.ex, rec)
			}
			r.cpython, r.cpythonErr = rec, err
		}()
	}
	wg.Wait()
	for _, r := range c.runs {
		if r.ex.Header.Kind == Program {
			t.Logf("recorded %s: exit %s", r.ex.Path, r.cpython.Exit)
		}
	}
	t.Logf("recorded CPython in %v", time.Since(start).Round(time.Millisecond))
}

// buildAndRun builds all translations in one module with one go build and
// starts the program runs. Every exampleRun is finished on every path, or
// its subtest would wait forever.
func (c *corpusRun) buildAndRun(t *testing.T) {
	if testing.Short() {
		t.Log("build and runs skipped under -short: only translations, goldens and records are checked")
		c.finishAll()
		return
	}
	programs := map[string][]byte{}
	for _, r := range c.runs {
		if r.translation != nil {
			programs[r.ex.Program] = r.translation
		}
	}
	dir := t.TempDir()
	start := time.Now()
	built, err := BuildPrograms(dir, programs)
	if err != nil {
		t.Errorf("building the translations: %v\n%s", err, built.Output)
		c.finishAll()
		return
	}
	t.Logf("built %d translations in %v", len(programs), time.Since(start).Round(time.Millisecond))
	slots := make(chan struct{}, maxProcesses)
	for _, r := range c.runs {
		r.compileErr = built.Errors[r.ex.Program]
		if r.translation == nil || r.compileErr != "" || r.ex.Header.Kind != Program {
			r.finish()
			continue
		}
		c.jobs.Add(1)
		go func() {
			defer c.jobs.Done()
			defer r.finish()
			slots <- struct{}{}
			defer func() { <-slots }()
			runDir, err := goRunDir(dir, r.ex)
			if err != nil {
				r.runErr = err
				return
			}
			r.goRun, r.runErr = runProcess(runDir, os.Environ(), r.ex.Header.Timeout, built.Command(r.ex.Program)...)
		}()
	}
}

func (c *corpusRun) finishAll() {
	for _, r := range c.runs {
		r.finish()
	}
}

// finishSet checks what the per-example ratchet cannot see (rows whose
// program is gone) and rewrites the STATUS file under -update.
func (c *corpusRun) finishSet(t *testing.T, set *Set) {
	results, recorded := c.results[set.Name], c.recorded[set.Name]
	complete := len(results) == len(set.Examples)
	if complete {
		present := map[string]bool{}
		for _, ex := range set.Examples {
			present[ex.Name] = true
		}
		var gone []string
		for name := range recorded {
			if !present[name] {
				gone = append(gone, name)
			}
		}
		sort.Strings(gone)
		if len(gone) > 0 && !*update {
			t.Errorf("%s lists examples that no longer exist (run -update): %s", set.Status, strings.Join(gone, ", "))
		}
	}
	if len(results) > 0 {
		t.Logf("%s: %s", set.Name, totals(results))
	}
	if !*update || len(results) == 0 {
		return
	}
	if testing.Short() {
		t.Logf("%s not rewritten: -short skips the build and run columns", set.Status)
		return
	}
	rows := results
	if !complete {
		rows = MergeStatus(recorded, results)
	}
	if err := os.WriteFile(set.Status, FormatStatus(set.Title, rows), 0o644); err != nil {
		t.Error(err)
	}
}

func readStatus(t *testing.T, path string) map[string]Result {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return map[string]Result{}
	}
	if err != nil {
		t.Fatal(err)
	}
	rows, err := ParseStatus(data)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}
