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
#   /feed/NAME     the file NAME with an ETag and a Last-Modified, and
#                  304 to a request whose If-None-Match or
#                  If-Modified-Since says it has not changed
#   /delay/MS/NAME /feed/NAME after MS milliseconds
# A query string is not part of NAME (/feed/a.xml?2 serves a.xml).
# Each request's path is appended to PORTFILE.log, a line each, once it
# is answered (or, for /hang, as it comes), and "STATUS PATH" to
# PORTFILE.status. It ends by itself after ten minutes, should nobody
# stop it.
import email.utils
import functools
import hashlib
import http.server
import os
import socket
import struct
import sys
import threading
import time

LOG = None
STATUS = None
LOCK = threading.Lock()


def log(path, status):
    with LOCK:
        with open(LOG, "a") as f:
            f.write(path + "\n")
        with open(STATUS, "a") as f:
            f.write("%s %s\n" % (status, path))


class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    status = 0

    def send_response(self, code, message=None):
        self.status = code
        super().send_response(code, message)

    def file(self, name):
        name = name.split("?", 1)[0]
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
                log(self.path, self.status)

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
            log(self.path, 0)
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
        if self.path.startswith("/feed/") or \
                self.path.startswith("/delay/"):
            self.feed()
            return
        super().do_GET()

    def feed(self):
        parts = self.path.split("/")
        if parts[1] == "delay":
            time.sleep(int(parts[2]) / 1000)
            name = "/".join(parts[3:])
        else:
            name = "/".join(parts[2:])
        body = self.file(name)
        if body is None:
            self.send_error(404)
            return
        path = os.path.join(self.directory,
                            os.path.basename(name.split("?", 1)[0]))
        etag = '"%s"' % hashlib.sha1(body).hexdigest()[:16]
        mtime = int(os.stat(path).st_mtime)
        modified = email.utils.formatdate(mtime, usegmt=True)
        since = self.headers.get("If-Modified-Since")
        match = self.headers.get("If-None-Match")
        fresh = False
        if match is not None:
            fresh = etag in [t.strip() for t in match.split(",")]
        elif since is not None:
            try:
                t = email.utils.parsedate_to_datetime(since).timestamp()
                fresh = mtime <= t
            except (TypeError, ValueError):
                pass
        if fresh:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        if name.endswith(".json"):
            ctype = "application/feed+json"
        elif name.endswith(".atom"):
            ctype = "application/atom+xml"
        elif name.endswith(".html"):
            ctype = "text/html; charset=utf-8"
        else:
            ctype = "application/rss+xml"
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", modified)
        self.end_headers()
        self.wfile.write(body)


def main():
    global LOG, STATUS
    root, portfile = sys.argv[1], sys.argv[2]
    LOG = portfile + ".log"
    STATUS = portfile + ".status"
    open(LOG, "w").close()
    open(STATUS, "w").close()
    handler = functools.partial(Handler, directory=root)
    # A backlog for a hundred feeds asked for at once.
    http.server.ThreadingHTTPServer.request_queue_size = 256
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Timer(600, lambda: os._exit(0)).start()
    tmp = portfile + ".tmp"
    with open(tmp, "w") as f:
        f.write("%d\n" % server.server_address[1])
    os.rename(tmp, portfile)
    server.serve_forever()


main()
