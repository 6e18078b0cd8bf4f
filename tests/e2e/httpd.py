#!/usr/bin/env python3
# httpd.py DIR PORTFILE: the end-to-end tests' web server. It listens on
# 127.0.0.1 only, on a free port that it writes to PORTFILE once it
# listens, and serves the files of DIR, and paths of its own:
#   /hang          takes the request and never answers
#   /huge          says it is larger than folio reads
#   /slow/NAME     the file NAME, after four seconds
#   /trickle/NAME  the file NAME, its size said, in 20 pieces over 4 s
#   /reset         half a page, then the connection reset
#   /short         says 100 bytes, sends 10 and closes
#   /loop          redirects to itself
# Each request's path is appended to PORTFILE.log, a line each, once it
# is answered (or, for /hang, as it comes). It ends by itself after ten
# minutes, should nobody stop it.
import functools
import http.server
import os
import socket
import struct
import sys
import threading
import time

LOG = None
LOCK = threading.Lock()


def log(path):
    with LOCK:
        with open(LOG, "a") as f:
            f.write(path + "\n")


class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def file(self, name):
        path = os.path.join(self.directory, os.path.basename(name))
        try:
            with open(path, "rb") as f:
                return f.read()
        except OSError:
            return None

    def do_GET(self):
        try:
            self.answer()
        finally:
            if self.path != "/hang":
                log(self.path)

    def answer(self):
        if self.path.startswith("/slow/") or \
                self.path.startswith("/trickle/"):
            slow = self.path.startswith("/slow/")
            body = self.file(self.path.split("/", 2)[2])
            if body is None:
                self.send_error(404)
                return
            if slow:
                time.sleep(4)
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            step = len(body) if slow else (len(body) + 19) // 20
            try:
                for i in range(0, len(body), step):
                    self.wfile.write(body[i:i + step])
                    self.wfile.flush()
                    if not slow:
                        time.sleep(0.2)
            except OSError:
                pass
            return
        if self.path == "/reset":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "4000")
            self.end_headers()
            self.wfile.write(b"<html><body><p>" + b"half " * 200)
            self.wfile.flush()
            time.sleep(0.2)
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        if self.path == "/short":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100")
            self.end_headers()
            self.wfile.write(b"<p>0123456")
            self.close_connection = True
            return
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path == "/hang":
            log(self.path)
            # Wait for the client to give up and close.
            try:
                while self.rfile.read(1):
                    pass
            except OSError:
                pass
            self.close_connection = True
            return
        if self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(100 << 20))
            self.end_headers()
            try:
                self.wfile.write(b"<p>" + b"x" * 65536)
            except OSError:
                pass
            self.close_connection = True
            return
        super().do_GET()


def main():
    global LOG
    root, portfile = sys.argv[1], sys.argv[2]
    LOG = portfile + ".log"
    open(LOG, "w").close()
    handler = functools.partial(Handler, directory=root)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Timer(600, lambda: os._exit(0)).start()
    tmp = portfile + ".tmp"
    with open(tmp, "w") as f:
        f.write("%d\n" % server.server_address[1])
    os.rename(tmp, portfile)
    server.serve_forever()


main()
