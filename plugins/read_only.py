"""The site only reads: any request that is not GET, HEAD or OPTIONS gets 405.

Datasette 0.65 has no write API, but a POST to a table page still reaches its code and
fails with a 500 ("You may only POST to a canned query"), and this project defines no
canned queries, logins or other forms. Refusing other methods at the edge makes "no
endpoint writes" one rule in one place (tests/test_hostile_input.py).

    curl -X POST http://127.0.0.1:8001/evidence/studies   # 405 Method Not Allowed
"""

from datasette import hookimpl

ALLOWED = frozenset({"GET", "HEAD", "OPTIONS"})


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def read_only(scope, receive, send):
            if scope.get("type") == "http" and scope.get("method", "GET").upper() not in ALLOWED:
                await send({"type": "http.response.start", "status": 405,
                            "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                                        (b"allow", b"GET, HEAD, OPTIONS")]})
                await send({"type": "http.response.body", "body": b"405: this site is read-only\n"})
                return
            await app(scope, receive, send)

        return read_only

    return wrap
