# Median lateness of asyncio.sleep(0.1) against the wall clock.
import asyncio, time
async def main():
    errs = []
    for _ in range(10):
        t = time.perf_counter()
        await asyncio.sleep(0.1)
        errs.append(time.perf_counter() - t - 0.1)
    errs.sort()
    print(f"asyncio.sleep(0.1) median error {errs[5]*1e6:.0f} us")
asyncio.run(main())
