// Package runtime is the small support library that Go code emitted by
// py2goconc imports, and only for what Go and its standard library lack:
// CPython's way of printing values (float repr, container repr), Python
// exceptions and their reports, and the threading, queue and futures
// semantics that have no standard-library equivalent (per-thread reentrant
// locks, barriers, thread names and the wait for non-daemon threads at exit).
//
// Emitted code imports it under the name pyrt:
//
//	import pyrt "github.com/py2goconc/py2goconc/runtime"
//
// Everything a Go idiom covers is emitted as plain Go instead (go statements,
// sync.WaitGroup, sync.Mutex, channels, time.AfterFunc), so most translated
// programs never import this package. Each primitive lives in its own file
// whose doc comment names the CPython semantics it keeps and the ones it
// drops. This package depends on the standard library only, so a batch of
// translated programs builds offline.
//
// Unlike the translator's other packages, this API is a promise: generated
// code depends on it.
//
// # Python → runtime
//
// What the translator emits plain Go for is not listed (threads only
// started and joined, Lock with `with`, bounded queues used only with
// put/get, executor.map consumed in order).
//
//	Python                                   runtime (file)
//	print/str/repr of floats and containers  Str, Repr, FormatFloat (repr.go, float.go)
//	f-string specs, %, str.format            Format, Percent, FormatString
//	// % ** / with Python's rules            FloorDiv, Mod, PowInt, Div (arith.go)
//	list/tuple.index raising ValueError      ListIndex, IndexOf (index.go)
//	x *= y on ints (checked)                 MulInt (arith.go)
//	xs[a:b:c], s[i], xs[a:b] = ys, del       Slice, SliceStr, StrAt, SetSlice, DelSlice, Omit (slice.go)
//	first, *rest = xs                        UnpackAtLeast (unpack.go)
//	raise / try / uncaught exception         Exc, NewExc, Try, Main (exception.go, try.go, main.go)
//	raise from, e.errno, super().__init__    WithCause, Errno, Strerror, Filename, SetArgs (exc_attrs.go)
//	"x" + 1 and other sure failures          Raising (raising.go)
//	threading.Thread (queried), subclasses   Thread, CurrentThread, Enumerate (thread.go, current.go)
//	Lock with locked()/timeouts, RLock       Lock, RLock (lock.go, rlock.go)
//	Condition, Semaphore, Event, Barrier     condition.go, semaphore.go, event.go, barrier.go
//	wait_for with a non-bool predicate       WaitForValue (condition_value.go)
//	repr of a thread or a lock               Thread.PyRepr, Lock.PyRepr (thread_repr.go)
//	DeprecationWarning of camelCase aliases  Deprecated (warnings.go)
//	Timer, threading.local                   timer.go, local.go
//	sys.get/setswitchinterval                switch.go (stored only: Go's scheduler is preemptive)
//	queue.Queue/LifoQueue/PriorityQueue      Queue, SimpleQueue (queue*.go)
//	concurrent.futures                       Executor, Future, Submit, Map, Map2, Map3, AsCompleted (executor*.go, future*.go)
//	next(it) on a sequence                   Iterator (iterator.go)
//	multiprocessing Process, Pool            Process, Pool, ProcessView (process*.go, pool*.go)
//	dict/set/tuple values that print         Dict, Set, TupleN (dict.go, set.go, tuple.go)
//	set | & - ^, frozenset, dict.fromkeys     Union..., FrozenSet, DictFromKeys (set_ops.go, frozenset.go, dict_fromkeys.go)
//	dict literals, dict(pairs), popitem      DictOf, DictFromItems, Dict.PopItem (dict_build.go)
//	map dicts: setdefault, pop, del, KeyError SetDefault, PopKey, PopKeyOr, DelKey, MapAt (dict_build.go)
//	heapq                                    HeapPush, HeapPop, Heapify, NSmallest, NLargest (heapq.go)
//	time.strptime, urllib.parse.parse_qs     Strptime (strptime.go), ParseQS (parseqs.go)
//	logging, deque, Counter, defaultdict     logging.go, deque.go, counter.go, defaultdict.go
//	random after random.seed(int), sample    Seed, Random, RandInt, Shuffle, Sample, Choices (random.go)
//	math.gcd/factorial/isclose/log10         GCD, Factorial, IsClose, Log10 (mathfuncs.go)
//	divmod of floats                         DivModFloat (divmod.go)
//	str.partition/rfind/find(start)/isupper  Partition, RFind, FindFrom, IsUpper (strmethods.go)
//	truth value of a mixed-type value        Truth (truth.go)
//	n = sys.stdout.write(s), print(*xs)      WriteString, Strs (stdio.go)
//	hash() of numbers, strs, tuples          Hash (hash.go)
//	dataclass(frozen=True) assignment        FrozenInstanceError (dataclasses.go)
//	tuple[T, ...] parameters                 SeqTuple (seqtuple.go)
//	islice of a generator over count()       IsliceSeq (itertools_seq.go)
//	product/permutations/combinations,       Product3, Permutations2/3, Combinations2/3,
//	accumulate, groupby                      Accumulate, GroupBy (itertools_comb.go)
package runtime
