# An operating-system scheduler simulation in the spirit of Martin Richards' benchmark: task
# control blocks in a priority list, packets passed between an idle task, a worker, two
# handlers and two devices. Exercises attribute reads/writes, method calls on many classes,
# polymorphic dispatch and linked lists.
N = 12  # scheduler runs

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, sched, ident, priority, queue):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is None
        self.held = False
        self.packet_pending = queue is not None
        self.next = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    @property
    def runnable(self):
        return not self.held and (self.packet_pending or not self.waiting)

    def take_packet(self):
        p = self.queue
        self.queue = p.link
        self.packet_pending = self.queue is not None
        return p

    def add_packet(self, packet, current):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return current


class IdleTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.waiting = False  # runs from the start, with no packet
        self.seed = 1
        self.count = 10000

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.sched.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.dest = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.sched.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.ident = self.dest
        packet.datum = 0
        for i in range(BUFSIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = self.letter
        return self.sched.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.work_in = None
        self.device_in = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            count = work.datum
            if count < BUFSIZE:
                device = self.device_in
                if device is not None:
                    self.device_in = device.link
                    device.datum = work.data[count]
                    work.datum = count + 1
                    return self.sched.queue_packet(device)
            else:
                self.work_in = work.link
                return self.sched.queue_packet(work)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, queue):
        super().__init__(sched, ident, priority, queue)
        self.pending = None

    def step(self, packet):
        if packet is None:
            p = self.pending
            if p is None:
                return self.sched.wait()
            self.pending = None
            return self.sched.queue_packet(p)
        self.pending = packet
        self.sched.hold_count += 1
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        return t if t.priority > self.current.priority else self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.next

    def wait(self):
        self.current.waiting = True
        return self.current

    def queue_packet(self, packet):
        t = self.table[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return t.add_packet(packet, self.current)

    def run(self):
        t = self.tasks
        while t is not None:
            if t.runnable:
                self.current = t
                packet = t.take_packet() if t.packet_pending else None
                if packet is not None:
                    t.waiting = False
                t = t.step(packet)
            else:
                t = t.next


def one_run():
    s = Scheduler()
    IdleTask(s, IDLE, 0, None)
    wq = Packet(None, IDLE, KIND_WORK)
    wq = Packet(wq, IDLE, KIND_WORK)
    WorkerTask(s, WORKER, 1000, wq)
    for handler, device in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        q = Packet(None, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        HandlerTask(s, handler, 2000 + handler, q)
    DeviceTask(s, DEVICE_A, 4000, None)
    DeviceTask(s, DEVICE_B, 5000, None)
    s.run()
    return s.queue_count, s.hold_count


for i in range(N):
    result = one_run()
print("richards", N, result)
