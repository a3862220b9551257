import threading
import time

active = 0                      # downloads running right now
most_active = 0                 # the most that ever ran at once
stats_lock = threading.Lock()


def download(url):
    """Download `url` (1 second). Do not change this function."""
    global active, most_active
    with stats_lock:
        active += 1
        most_active = max(most_active, active)
    time.sleep(1)
    with stats_lock:
        active -= 1


def download_all(urls, limit):
    """Download every url, each in its own thread, but never more than
    `limit` at the same time. Return when all downloads are finished."""
    # TODO: limit the number of concurrent downloads
    threads = [threading.Thread(target=download, args=(url,)) for url in urls]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


if __name__ == "__main__":
    download_all(["page%d" % i for i in range(6)], 2)
    print("at most", most_active, "downloads at once")
