# covers: ProcessPoolExecutor without with: submit several tasks, as_completed, explicit shutdown(); results sorted for determinism
# kind: program
# rule: exact
# timeout: 15s
import concurrent.futures


def square_sum(n):
    return sum(i * i for i in range(n))


if __name__ == '__main__':
    ex = concurrent.futures.ProcessPoolExecutor(max_workers=2)
    futs = {ex.submit(square_sum, n): n for n in (10, 100, 1000)}
    results = []
    for f in concurrent.futures.as_completed(futs):
        results.append((futs[f], f.result()))
    ex.shutdown()
    for n, r in sorted(results):
        print(n, r)
