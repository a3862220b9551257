/// Lecture programs that several test suites run.
enum LecturePrograms {
    /// Lecture 004's step_1/step_2/step_3 in threads, with the given sleeps; prints
    /// the start and end of each step and the elapsed time.
    static func threadedSteps(_ s1: String, _ s2: String, _ s3: String) -> String {
        """
        import time
        import threading

        def step(n, seconds):
            print("Start of step", n)
            time.sleep(seconds)
            print("End of step", n)

        def main():
            t1 = threading.Thread(target=step, args=(1, \(s1)))
            t2 = threading.Thread(target=step, args=(2, \(s2)))
            t3 = threading.Thread(target=step, args=(3, \(s3)))
            t1.start(), t2.start(), t3.start()
            t1.join(), t2.join(), t3.join()

        start = time.time()
        main()
        print("elapsed", time.time() - start)
        """
    }
}
