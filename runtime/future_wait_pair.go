package runtime

// WaitPair is Wait with its two results as one tuple value, the shape of
// Python's `done, not_done = wait(fs)` that the translator unpacks field
// by field. The sets Python returns are slices here, in the order of fs.
func WaitPair[T any](fs []*Future[T], timeout float64, returnWhen string) Tuple2[[]*Future[T], []*Future[T]] {
	done, notDone := Wait(fs, timeout, returnWhen)
	return Tuple2[[]*Future[T], []*Future[T]]{V0: done, V1: notDone}
}
