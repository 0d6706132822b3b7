package runtime

// MaxWorkersArg checks an explicit ThreadPoolExecutor max_workers argument
// as CPython does, raising ValueError("max_workers must be greater than 0")
// for n <= 0, where NewThreadPoolExecutor reads such a value as "the
// default". It returns n.
func MaxWorkersArg(n int) int {
	if n <= 0 {
		panic(NewExc(ValueError, "max_workers must be greater than 0"))
	}
	return n
}

// PoolProcessesArg checks an explicit multiprocessing.Pool processes
// argument as CPython does, raising ValueError("Number of processes must be
// at least 1") for n <= 0. It returns n.
func PoolProcessesArg(n int) int {
	if n <= 0 {
		panic(NewExc(ValueError, "Number of processes must be at least 1"))
	}
	return n
}

// ProcessNameArg is the name argument of multiprocessing.Process for a
// value that may be None: None gives "", which NewProcess reads as the
// default "Process-N"; a string is the name.
func ProcessNameArg(name any) string {
	if s, ok := name.(string); ok {
		return s
	}
	return ""
}
