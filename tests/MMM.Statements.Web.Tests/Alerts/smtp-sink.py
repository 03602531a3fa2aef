"""A real SMTP server for the alert tests (aiosmtpd, Debian's python3-aiosmtpd), on the loopback.

Usage: /usr/bin/python3 smtp-sink.py FOLDER [PORT]
Listens on PORT (a free one when not given), prints "ready PORT" once it accepts connections, and saves each message it receives as
FOLDER/NNNN.eml (written to a temporary name, then renamed, so a reader never sees half a message), with the
envelope's recipients in a first "X-Envelope-To" header. It stops when its standard input closes (the test ends or
dies), so it never outlives the test run.
"""
import itertools
import os
import socket
import sys

from aiosmtpd.controller import Controller


class Sink:
    def __init__(self, folder):
        self.folder = folder
        self.numbers = itertools.count(1)

    async def handle_DATA(self, server, session, envelope):
        number = next(self.numbers)
        temp = os.path.join(self.folder, ".%04d.tmp" % number)
        with open(temp, "wb") as out:
            out.write(("X-Envelope-To: " + ", ".join(envelope.rcpt_tos) + "\r\n").encode("ascii", "replace"))
            out.write(envelope.original_content or envelope.content)
        os.replace(temp, os.path.join(self.folder, "%04d.eml" % number))
        return "250 OK"


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    port = int(sys.argv[2]) if len(sys.argv) > 2 else free_port()
    controller = Controller(Sink(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready %d" % port, flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
