import threading
import time

# Kay has one pair of hands: she can only do one job at any instant.
kay = threading.Lock()


def work(job, hours):
    for hour in range(hours):
        with kay:           # Kay works on this job for one hour (1 second here)...
            time.sleep(1)
        # ...and then she may switch to the other job.
    print(job, "finished")


slides = threading.Thread(target=work, args=("slides", 2))
discussion = threading.Thread(target=work, args=("discussion", 2))
slides.start()
discussion.start()
slides.join()
discussion.join()
