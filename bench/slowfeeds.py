#!/usr/bin/env python3
# slowfeeds.py FEED PORTFILE [MS]: a server for bench/feeds.sh that answers
# every request with the file FEED after MS milliseconds (default 200),
# with an ETag, and 304 to a request that has it already; any number at
# once (asyncio: no thread per connection, so that the
# server is not what a hundred feeds at once measure). It listens on
# 127.0.0.1 on a free port, written to PORTFILE, and ends after ten minutes.
import asyncio
import os
import sys

BODY = open(sys.argv[1], "rb").read()
DELAY = (int(sys.argv[3]) if len(sys.argv) > 3 else 200) / 1000


async def answer(reader, writer):
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            if not head:
                break
            await asyncio.sleep(DELAY)
            if b'\r\nif-none-match: "v1"' in head.lower():
                writer.write(b'HTTP/1.1 304 Not Modified\r\nETag: "v1"\r\n\r\n')
            else:
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
                             b'ETag: "v1"\r\nContent-Length: %d\r\n\r\n' % len(BODY) + BODY)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    writer.close()


async def main():
    server = await asyncio.start_server(answer, "127.0.0.1", 0, backlog=512)
    port = server.sockets[0].getsockname()[1]
    tmp = sys.argv[2] + ".tmp"
    with open(tmp, "w") as f:
        f.write("%d\n" % port)
    os.rename(tmp, sys.argv[2])
    await asyncio.sleep(600)


asyncio.run(main())
