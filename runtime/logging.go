package runtime

import (
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Python's logging module: loggers named in a dotted hierarchy, handlers
// writing to a stream or file, %-style formats with record attributes.
//
// Kept from CPython 3.11: the levels and their names (getLevelName gives
// "Level N" for others); the root logger at WARNING; effective levels
// inherited from the nearest configured ancestor ("app" for "app.db", even
// when "app" is made after "app.db"); propagation to the ancestors' handlers
// unless Propagate is false; handler levels; basicConfig doing nothing once
// the root logger has a handler; module-level functions calling
// basicConfig() first; the last-resort handler ("%(message)s" on stderr for
// WARNING and above) for a logger with no handler in its chain; the record
// attributes name, levelname, levelno, message, msg, asctime (default
// "%Y-%m-%d %H:%M:%S,mmm", or datefmt), msecs, created, relativeCreated (ms
// since the logging runtime started), thread, threadName, process,
// processName; exc_info appending the exception report to the message.
//
// Dropped: filters, other handler classes, Formatter styles other than %,
// the attributes funcName, lineno, module, filename and pathname (Go code
// has no Python frames); exception reports keep only CPython's first and
// last traceback lines. Records carry their thread only once some formatter
// shows it, so logging from plain goroutines registers no dummy threads.

// The logging levels.
const (
	LogNotset   = 0
	LogDebug    = 10
	LogInfo     = 20
	LogWarning  = 30
	LogError    = 40
	LogCritical = 50
)

var levelNames = map[int]string{
	LogNotset: "NOTSET", LogDebug: "DEBUG", LogInfo: "INFO", LogWarning: "WARNING",
	LogError: "ERROR", LogCritical: "CRITICAL",
}

// LevelName returns logging.getLevelName(level).
func LevelName(level int) string {
	if n, ok := levelNames[level]; ok {
		return n
	}
	return "Level " + strconv.Itoa(level)
}

// DefaultLogFormat is basicConfig's format when none is given.
const DefaultLogFormat = "%(levelname)s:%(name)s:%(message)s"

var logging = struct {
	mu      sync.Mutex
	loggers map[string]*Logger
	root    *Logger
	start   time.Time
}{loggers: map[string]*Logger{}, start: time.Now()}

func init() {
	logging.root = &Logger{name: "root", level: LogWarning, propagate: true}
}

// Logger is a logging.Logger. Its methods are safe for concurrent use.
type Logger struct {
	name      string
	level     int
	propagate bool
	handlers  []*LogHandler
}

// GetLogger returns logging.getLogger(name): the root logger for "" and
// "root", otherwise the one logger of that name.
func GetLogger(name string) *Logger {
	if name == "" || name == "root" {
		return logging.root
	}
	logging.mu.Lock()
	defer logging.mu.Unlock()
	l := logging.loggers[name]
	if l == nil {
		l = &Logger{name: name, propagate: true}
		logging.loggers[name] = l
	}
	return l
}

// parent returns the nearest existing ancestor; logging.mu is held.
func (l *Logger) parent() *Logger {
	name := l.name
	if l == logging.root {
		return nil
	}
	for {
		i := strings.LastIndexByte(name, '.')
		if i < 0 {
			return logging.root
		}
		name = name[:i]
		if p := logging.loggers[name]; p != nil {
			return p
		}
	}
}

// Name returns the logger's name.
func (l *Logger) Name() string { return l.name }

// Level returns the logger's own level (0 when it inherits).
func (l *Logger) Level() int {
	logging.mu.Lock()
	defer logging.mu.Unlock()
	return l.level
}

// SetLevel sets the logger's own level.
func (l *Logger) SetLevel(level int) {
	logging.mu.Lock()
	defer logging.mu.Unlock()
	l.level = level
}

// SetPropagate sets whether records also go to the ancestors' handlers.
func (l *Logger) SetPropagate(p bool) {
	logging.mu.Lock()
	defer logging.mu.Unlock()
	l.propagate = p
}

// Propagate reports whether records also go to the ancestors' handlers.
func (l *Logger) Propagate() bool {
	logging.mu.Lock()
	defer logging.mu.Unlock()
	return l.propagate
}

// AddHandler adds a handler to the logger.
func (l *Logger) AddHandler(h *LogHandler) {
	logging.mu.Lock()
	defer logging.mu.Unlock()
	l.handlers = append(l.handlers, h)
}

// Handlers returns the logger's handlers.
func (l *Logger) Handlers() []*LogHandler {
	logging.mu.Lock()
	defer logging.mu.Unlock()
	return append([]*LogHandler(nil), l.handlers...)
}

// EffectiveLevel returns getEffectiveLevel(): the first level set on the
// logger or its ancestors.
func (l *Logger) EffectiveLevel() int {
	logging.mu.Lock()
	defer logging.mu.Unlock()
	return l.effectiveLevel()
}

func (l *Logger) effectiveLevel() int {
	for c := l; c != nil; c = c.parent() {
		if c.level != LogNotset {
			return c.level
		}
	}
	return LogNotset
}

// IsEnabledFor reports whether a record of level would be handled.
func (l *Logger) IsEnabledFor(level int) bool { return level >= l.EffectiveLevel() }

// Debug logs msg % args at DEBUG.
func (l *Logger) Debug(msg string, args ...any) { l.Log(LogDebug, msg, args...) }

// Info logs msg % args at INFO.
func (l *Logger) Info(msg string, args ...any) { l.Log(LogInfo, msg, args...) }

// Warning logs msg % args at WARNING.
func (l *Logger) Warning(msg string, args ...any) { l.Log(LogWarning, msg, args...) }

// Error logs msg % args at ERROR.
func (l *Logger) Error(msg string, args ...any) { l.Log(LogError, msg, args...) }

// Critical logs msg % args at CRITICAL.
func (l *Logger) Critical(msg string, args ...any) { l.Log(LogCritical, msg, args...) }

// Log logs msg % args at level.
func (l *Logger) Log(level int, msg string, args ...any) { l.LogExc(level, nil, msg, args...) }

// LogExc logs msg % args at level with the report of exc appended when exc
// is not nil (exc_info=True, logger.exception).
func (l *Logger) LogExc(level int, exc *Exc, msg string, args ...any) {
	if !l.IsEnabledFor(level) {
		return
	}
	rec := &logRecord{name: l.name, level: level, msg: msg, args: args, created: time.Now(), exc: exc}
	if formatsShowThreads.Load() {
		// Only then: asking a goroutine the runtime did not start for its
		// thread registers a dummy thread that enumerate() would list.
		th := CurrentThread()
		rec.threadName, rec.thread = th.Name(), th.Ident()
	}
	logging.mu.Lock()
	var targets []*LogHandler
	found := false
	for c := l; c != nil; c = c.parent() {
		for _, h := range c.handlers {
			found = true
			targets = append(targets, h)
		}
		if !c.propagate {
			break
		}
	}
	logging.mu.Unlock()
	if !found {
		if level >= LogWarning {
			lastResort.handle(rec)
		}
		return
	}
	for _, h := range targets {
		h.handle(rec)
	}
}

// logRecord is a logging.LogRecord.
type logRecord struct {
	name       string
	level      int
	msg        string
	args       []any
	created    time.Time
	threadName string
	thread     int
	exc        *Exc
}

func (r *logRecord) message() string {
	if len(r.args) == 0 {
		return r.msg
	}
	return Percent(r.msg, r.args...)
}

// formatsShowThreads is set once some formatter shows %(threadName)s or
// %(thread)d: records then carry their thread.
var formatsShowThreads atomic.Bool

// LogFormatter is a logging.Formatter with a %-style format.
type LogFormatter struct {
	format, datefmt string
}

// NewLogFormatter returns logging.Formatter(fmt, datefmt); "" means the
// default ("%(message)s", and "%Y-%m-%d %H:%M:%S" plus milliseconds).
func NewLogFormatter(format, datefmt string) *LogFormatter {
	if format == "" {
		format = "%(message)s"
	}
	if strings.Contains(format, "%(thread") {
		formatsShowThreads.Store(true)
	}
	return &LogFormatter{format: format, datefmt: datefmt}
}

// Format returns the text of a record, without the final newline.
func (f *LogFormatter) formatRecord(r *logRecord) string {
	msg := r.message()
	attrs := map[string]any{
		"name": r.name, "levelname": LevelName(r.level), "levelno": r.level,
		"message": msg, "msg": r.msg, "thread": r.thread, "threadName": r.threadName,
		"process": os.Getpid(), "processName": "MainProcess",
		"created":         float64(r.created.UnixNano()) / 1e9,
		"msecs":           float64(r.created.Nanosecond()/1000) / 1000,
		"relativeCreated": float64(r.created.Sub(logging.start).Microseconds()) / 1000,
	}
	if strings.Contains(f.format, "%(asctime)") {
		if f.datefmt != "" {
			attrs["asctime"] = Strftime(f.datefmt, r.created)
		} else {
			attrs["asctime"] = Strftime("%Y-%m-%d %H:%M:%S", r.created) + "," + leftPad(strconv.Itoa(r.created.Nanosecond()/1e6), 3)
		}
	}
	s := Percent(f.format, attrs)
	if r.exc != nil {
		if !strings.HasSuffix(s, "\n") {
			s += "\n"
		}
		s += "Traceback (most recent call last):\n" + r.exc.Line()
	}
	return s
}

func leftPad(s string, n int) string {
	for len(s) < n {
		s = "0" + s
	}
	return s
}

// LogHandler is a logging.StreamHandler or FileHandler.
type LogHandler struct {
	mu        sync.Mutex
	w         io.Writer
	closer    io.Closer
	level     int
	formatter *LogFormatter
}

// NewStreamHandler returns logging.StreamHandler(stream); nil means stderr.
func NewStreamHandler(w io.Writer) *LogHandler {
	if w == nil {
		w = os.Stderr
	}
	return &LogHandler{w: w}
}

// NewFileHandler returns logging.FileHandler(filename, mode) for mode "a"
// or "w"; it panics with OSError when the file cannot be opened.
func NewFileHandler(filename, mode string) *LogHandler {
	flags := os.O_CREATE | os.O_WRONLY | os.O_APPEND
	if mode == "w" {
		flags = os.O_CREATE | os.O_WRONLY | os.O_TRUNC
	}
	f, err := os.OpenFile(filename, flags, 0o644)
	if err != nil {
		panic(NewExc(OSError, err.Error()))
	}
	return &LogHandler{w: f, closer: f}
}

// SetLevel sets the handler's level.
func (h *LogHandler) SetLevel(level int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.level = level
}

// Level returns the handler's level.
func (h *LogHandler) Level() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.level
}

// SetFormatter sets the handler's formatter.
func (h *LogHandler) SetFormatter(f *LogFormatter) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.formatter = f
}

func (h *LogHandler) handle(r *logRecord) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if r.level < h.level || h.w == nil {
		return
	}
	f := h.formatter
	if f == nil {
		f = NewLogFormatter("", "")
	}
	_, _ = io.WriteString(h.w, f.formatRecord(r)+"\n")
}

// Close closes a file handler's file; later records are dropped.
func (h *LogHandler) Close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closer != nil {
		_ = h.closer.Close()
		h.closer, h.w = nil, nil
	}
}

var lastResort = &LogHandler{w: os.Stderr, level: LogWarning}

// LogConfig holds logging.basicConfig's keyword arguments; Level < 0 means
// not given.
type LogConfig struct {
	Level              int
	Format, Datefmt    string
	Stream             io.Writer
	Filename, Filemode string
}

// BasicConfig is logging.basicConfig: unless the root logger already has a
// handler, it gets one writing to the file, the stream or stderr with the
// format (DefaultLogFormat when ""), and the level when given.
func BasicConfig(c LogConfig) {
	root := logging.root
	logging.mu.Lock()
	configured := len(root.handlers) > 0
	logging.mu.Unlock()
	if configured {
		return
	}
	var h *LogHandler
	if c.Filename != "" {
		mode := c.Filemode
		if mode == "" {
			mode = "a"
		}
		h = NewFileHandler(c.Filename, mode)
	} else {
		h = NewStreamHandler(c.Stream)
	}
	format := c.Format
	if format == "" {
		format = DefaultLogFormat
	}
	h.SetFormatter(NewLogFormatter(format, c.Datefmt))
	root.AddHandler(h)
	if c.Level >= 0 {
		root.SetLevel(c.Level)
	}
}

// RootLogger returns the root logger after basicConfig(), as the
// module-level functions logging.info(...) use it.
func RootLogger() *Logger {
	BasicConfig(LogConfig{Level: -1})
	return logging.root
}

// LoggingShutdown is logging.shutdown(): it closes the file handlers.
func LoggingShutdown() {
	logging.mu.Lock()
	all := []*Logger{logging.root}
	for _, l := range logging.loggers {
		all = append(all, l)
	}
	logging.mu.Unlock()
	for _, l := range all {
		for _, h := range l.Handlers() {
			h.Close()
		}
	}
}
