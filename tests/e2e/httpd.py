#!/usr/bin/env python3
# httpd.py DIR PORTFILE: the end-to-end tests' web server. It listens on
# 127.0.0.1 only, on a free port that it writes to PORTFILE once it
# listens, and serves the files of DIR, and two paths of its own: /hang
# takes the request and never answers, /huge says it is larger than folio
# reads. It ends by itself after ten minutes, should nobody stop it.
import functools
import http.server
import os
import sys
import threading


class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/hang":
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
    root, portfile = sys.argv[1], sys.argv[2]
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
