import multiprocessing

visits = ["parent"]


def child():
    visits.append("child")
    print("the child sees", visits)


if __name__ == "__main__":
    p = multiprocessing.Process(target=child)
    p.start()
    p.join()
    visits.append("parent again")
    print("the parent sees", visits)
