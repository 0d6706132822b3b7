package mapper

import (
	"strings"

	"github.com/py2goconc/py2goconc/mapper/ir"
)

// ObjT is an object of a library class that the runtime implements:
// threading.Event, threading.Condition, queue.Queue[T]... Elem is the
// element type of containers such as queues.
type ObjT struct {
	Class string
	Elem  Type
}

func (t *ObjT) String() string {
	if t.Elem != nil && t.Elem != Unknown {
		return t.Class + "[" + t.Elem.String() + "]"
	}
	return t.Class
}

// libClass describes how a library class maps to the runtime: its Go type,
// constructor and methods. Method signatures are written Python-style,
// "name=default:kind", so argument matching is the same code for all.
type libClass struct {
	goName  string // runtime type name
	generic bool   // takes the element type as type argument
	ctor    string // runtime constructor
	// ctorParams are the Python constructor's parameters.
	ctorParams string
	methods    map[string]libMethod
	// props are attributes read as method calls (t.name → t.Name()).
	props map[string]libProp
	// locker is set when `with obj:` is Lock/Unlock.
	locker bool
	// typeArgs, when set, gives the Go type arguments of a generic class
	// with more than the element type (defaultdict's key and value).
	typeArgs func(t *ObjT) []Type
}

type libMethod struct {
	goName string
	params string
	ret    Type // nil: no result; elemRet: the element type
}

type libProp struct {
	getter, setter string
	typ            Type
}

// elemRet marks a method returning the object's element type.
var elemRet Type = &basicType{"elem"}

var (
	lockMethods = map[string]libMethod{
		"acquire": {"Acquire", "blocking=True:bool, timeout=-1:timeout", BoolT},
		"release": {"Release", "", nil},
		"locked":  {"Locked", "", BoolT},
	}
	libClasses = map[string]*libClass{
		"threading.Lock":  {goName: "Lock", ctor: "NewLock", methods: lockMethods, locker: true},
		"threading.RLock": {goName: "RLock", ctor: "NewRLock", methods: lockMethods, locker: true},
		"threading.Event": {goName: "Event", ctor: "NewEvent", methods: map[string]libMethod{
			"set": {"Set", "", nil}, "clear": {"Clear", "", nil}, "is_set": {"IsSet", "", BoolT},
			"isSet": {"IsSet", "", BoolT}, "wait": {"Wait", "timeout=None:timeout", BoolT},
		}},
		"threading.Condition": {goName: "Condition", ctor: "NewCondition", ctorParams: "lock=None:locker", locker: true, methods: map[string]libMethod{
			"acquire": {"Acquire", "blocking=True:bool, timeout=-1:timeout", BoolT}, "release": {"Release", "", nil},
			"wait": {"Wait", "timeout=None:timeout", BoolT}, "wait_for": {"WaitFor", "predicate:pred, timeout=None:timeout", BoolT},
			"notify": {"Notify", "n=1:int", nil}, "notify_all": {"NotifyAll", "", nil}, "notifyAll": {"NotifyAll", "", nil},
		}},
		"threading.Semaphore": {goName: "Semaphore", ctor: "NewSemaphore", ctorParams: "value=1:int", locker: true, methods: map[string]libMethod{
			"acquire": {"Acquire", "blocking=True:bool, timeout=None:timeout", BoolT}, "release": {"Release", "n=1:int", nil},
		}},
		"threading.BoundedSemaphore": {goName: "Semaphore", ctor: "NewBoundedSemaphore", ctorParams: "value=1:int", locker: true, methods: map[string]libMethod{
			"acquire": {"Acquire", "blocking=True:bool, timeout=None:timeout", BoolT}, "release": {"Release", "n=1:int", nil},
		}},
		"threading.Barrier": {goName: "Barrier", ctor: "NewBarrier", ctorParams: "parties:int, action=None:action, timeout=None:timeout", methods: map[string]libMethod{
			"wait": {"Wait", "timeout=None:timeout", IntT}, "reset": {"Reset", "", nil}, "abort": {"Abort", "", nil},
		}, props: map[string]libProp{
			"parties": {"Parties", "", IntT}, "n_waiting": {"NWaiting", "", IntT}, "broken": {"Broken", "", BoolT},
		}},
		"threading.Thread": {goName: "Thread", methods: map[string]libMethod{
			"start": {"Start", "", nil}, "join": {"Join", "timeout=None:timeout", nil}, "is_alive": {"IsAlive", "", BoolT},
			"getName": {"Name", "", StrT}, "setName": {"SetName", "name:str", nil}, "isDaemon": {"Daemon", "", BoolT},
			"setDaemon": {"SetDaemon", "daemonic:bool", nil}, "run": {"Run", "", nil},
		}, props: map[string]libProp{
			"name": {"Name", "SetName", StrT}, "ident": {"IdentOrNone", "", &OptionalT{Elem: IntT}}, "native_id": {"NativeIDOrNone", "", &OptionalT{Elem: IntT}},
			"daemon": {"Daemon", "SetDaemon", BoolT},
		}},
		"threading.Timer": {goName: "Timer", methods: map[string]libMethod{
			"start": {"Start", "", nil}, "cancel": {"Cancel", "", nil}, "join": {"Join", "timeout=None:timeout", nil},
			"is_alive": {"IsAlive", "", BoolT},
		}, props: map[string]libProp{"name": {"Name", "SetName", StrT}, "daemon": {"Daemon", "SetDaemon", BoolT}}},
		"queue.Queue":     queueClass("NewQueue"),
		"queue.LifoQueue": queueClass("NewLifoQueue"),
		"queue.SimpleQueue": {goName: "SimpleQueue", generic: true, ctor: "NewSimpleQueue", methods: map[string]libMethod{
			"put": {"Put", "item:elem, block=True:ignore, timeout=None:ignore", nil}, "put_nowait": {"PutNowait", "item:elem", nil},
			"get": {"Get", "block=True:bool, timeout=None:timeout", elemRet}, "get_nowait": {"GetNowait", "", elemRet},
			"qsize": {"Qsize", "", IntT}, "empty": {"Empty", "", BoolT},
		}},
	}
)

func queueClass(ctor string) *libClass {
	return &libClass{goName: "Queue", generic: true, ctor: ctor, ctorParams: "maxsize=0:int", methods: map[string]libMethod{
		"put": {"Put", "item:elem, block=True:bool, timeout=None:timeout", nil}, "put_nowait": {"PutNowait", "item:elem", nil},
		"get": {"Get", "block=True:bool, timeout=None:timeout", elemRet}, "get_nowait": {"GetNowait", "", elemRet},
		"qsize": {"Qsize", "", IntT}, "empty": {"Empty", "", BoolT}, "full": {"Full", "", BoolT},
		"task_done": {"TaskDone", "", nil}, "join": {"Join", "", nil},
	}}
}

// libParam is one parsed "name=default:kind" parameter.
type libParam struct {
	name, def, kind string
	hasDef          bool
}

func parseParams(spec string) []libParam {
	if spec == "" {
		return nil
	}
	var out []libParam
	for _, p := range strings.Split(spec, ",") {
		p = strings.TrimSpace(p)
		name, kind, _ := strings.Cut(p, ":")
		var lp libParam
		lp.kind = kind
		lp.name, lp.def, lp.hasDef = strings.Cut(name, "=")
		out = append(out, lp)
	}
	return out
}

func (m *mapper) objGoType(t *ObjT) ir.Type {
	if h := goTypeHooks[t.Class]; h != nil {
		return h(m, t)
	}
	lc := libClasses[t.Class]
	if lc == nil {
		return ir.Any
	}
	named := ir.RT(lc.goName)
	if lc.typeArgs != nil {
		named.Args = m.goTypes(lc.typeArgs(t))
		return &ir.Pointer{Elem: named}
	}
	if lc.generic {
		elem := t.Elem
		if elem == nil || elem == Unknown {
			elem = AnyT
		}
		named.Args = []ir.Type{m.goType(elem)}
	}
	return &ir.Pointer{Elem: named}
}
