package runtime

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// Expected texts are CPython 3.11's for the same calls.
func TestLoggerHierarchyAndFormat(t *testing.T) {
	var buf bytes.Buffer
	h := NewStreamHandler(&buf)
	h.SetFormatter(NewLogFormatter("%(name)s - %(levelname)-8s|%(processName)s|%(message)s", ""))
	top := GetLogger("test_hier")
	top.AddHandler(h)
	top.SetPropagate(false)
	child := GetLogger("test_hier.db.conn")
	top.SetLevel(LogInfo)
	child.Debug("hidden")
	child.Info("query %d took %.2f s", 3, 0.5)
	GetLogger("test_hier.db").SetLevel(LogError)
	child.Warning("dropped")
	child.Log(LogError, "boom %r", "x")
	want := "test_hier.db.conn - INFO    |MainProcess|query 3 took 0.50 s\n" +
		"test_hier.db.conn - ERROR   |MainProcess|boom 'x'\n"
	if buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
	if child.EffectiveLevel() != LogError || !child.IsEnabledFor(LogCritical) || child.IsEnabledFor(LogWarning) {
		t.Errorf("effective level %d", child.EffectiveLevel())
	}
}

func TestHandlerLevelAndThreadName(t *testing.T) {
	var buf bytes.Buffer
	h := NewStreamHandler(&buf)
	h.SetLevel(LogWarning)
	h.SetFormatter(NewLogFormatter("%(levelname)s:%(threadName)s:%(message)s", ""))
	l := GetLogger("test_threads")
	l.SetPropagate(false)
	l.SetLevel(LogDebug)
	l.AddHandler(h)
	th := NewThread(func() {
		l.Info("below the handler level")
		l.Error("from %s", "worker")
	}, "work", "W1", false)
	th.Start()
	th.Join(-1)
	if got, want := buf.String(), "ERROR:W1:from worker\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestLevelName(t *testing.T) {
	for level, want := range map[int]string{10: "DEBUG", 30: "WARNING", 50: "CRITICAL", 0: "NOTSET", 15: "Level 15"} {
		if got := LevelName(level); got != want {
			t.Errorf("LevelName(%d) = %q, want %q", level, got, want)
		}
	}
}

func TestAsctimeAndRelativeCreated(t *testing.T) {
	var buf bytes.Buffer
	h := NewStreamHandler(&buf)
	h.SetFormatter(NewLogFormatter("%(asctime)s %(relativeCreated)6d %(message)s", ""))
	l := GetLogger("test_time")
	l.SetPropagate(false)
	l.AddHandler(h)
	before := time.Now()
	l.Warning("w")
	line := buf.String()
	// "2026-11-23 02:30:43,123      5 w"
	if len(line) < 24 || line[19] != ',' || !strings.HasSuffix(line, " w\n") {
		t.Fatalf("bad asctime line %q", line)
	}
	if line[:10] != Strftime("%Y-%m-%d", before) {
		t.Errorf("date part %q", line[:10])
	}
}

func TestStrftime(t *testing.T) {
	tm := time.Date(2024, 3, 5, 14, 7, 9, 123456000, time.UTC)
	got := Strftime("%Y-%m-%d %H:%M:%S.%f %y %b %B %a %A %p %I %j %% %Q", tm)
	want := "2024-03-05 14:07:09.123456 24 Mar March Tue Tuesday PM 02 065 % %Q"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
