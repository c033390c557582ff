#!/usr/bin/env python3
"""Calls every operation of a running `gecc serve` knowing only its OpenAPI document.

    python3 gecc-examples/gecc-cli/src/test/python/check_openapi_operations.py http://127.0.0.1:8080 \
        [--operation progress --operation calendar …] [--jar gecc-examples/target/gecc.jar]

For each POST operation (all of them, or those named with --operation, by path name) it:

1. validates the documented request example against the request schema and the documented
   response example against the 200 response schema (JSON Schema draft 2020-12; the schemas and
   the ones they reference are fetched from the service, which publishes them under
   /v1/schemas/);
2. POSTs the request example and checks the answer: status 200, the documented media type, a body
   valid against the response schema and equal to the documented example;
3. with --jar, runs the same request through `java -jar JAR COMMAND` (one process per request)
   and through `java -jar JAR batch`, and checks both answers equal the HTTP one. A calendar's
   DTSTAMP is the export's instant, so calendars are compared without their DTSTAMP lines.

It needs Python 3.9+ and `jsonschema` (4.18 or later, for `referencing`); nothing else. It prints
one line per operation and exits 0 when every check passes, 1 otherwise, 2 on a usage error.
"""

import argparse
import json
import subprocess
import sys
import urllib.parse
import urllib.request

try:
    import jsonschema
    from referencing import Registry, Resource
except ImportError:  # pragma: no cover - reported to the caller
    sys.exit("this check needs the jsonschema package (4.18 or later): pip install jsonschema")


def fetch(url, body=None):
    request = urllib.request.Request(url, data=body, method="POST" if body is not None else "GET")
    if body is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read()


class Schemas:
    """The service's published schemas, fetched on demand and resolved by their $id."""

    def __init__(self, openapi_url):
        self.openapi_url = openapi_url
        self.by_name = {}

    def named(self, name):
        if name not in self.by_name:
            status, _, body = fetch(urllib.parse.urljoin(self.openapi_url, "schemas/" + name))
            if status != 200:
                raise LookupError("schema %s: HTTP %d" % (name, status))
            self.by_name[name] = json.loads(body)
        return self.by_name[name]

    def retrieve(self, uri):
        name = uri.rsplit("/", 1)[-1]
        return Resource.from_contents(self.named(name))

    def validator(self, reference):
        schema = self.named(reference.rsplit("/", 1)[-1])
        registry = Registry(retrieve=self.retrieve)
        return jsonschema.Draft202012Validator(
            schema, registry=registry, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def problems(validator, instance):
    return ["%s: %s" % ("/" + "/".join(str(p) for p in error.absolute_path), error.message)
            for error in validator.iter_errors(instance)]


def without_stamp(text):
    return "\r\n".join(line for line in text.split("\r\n") if not line.startswith("DTSTAMP:"))


def comparable(media_type, value):
    return without_stamp(value) if media_type.startswith("text/") else value


def through_jar(jar, command, request):
    single = subprocess.run(["java", "-jar", jar, command], input=json.dumps(request).encode("utf-8"),
                            capture_output=True)
    line = json.dumps({"id": "op", "command": command, "input": request}) + "\n"
    batch = subprocess.run(["java", "-jar", jar, "batch"], input=line.encode("utf-8"), capture_output=True)
    return single, json.loads(batch.stdout.decode("utf-8").splitlines()[0])


def check(base, schemas, path, operation, jar):
    failures = []
    command = path[len("/v1/"):]
    request_media = operation["requestBody"]["content"]["application/json"]
    (media_type, response_media), = operation["responses"]["200"]["content"].items()
    request_validator = schemas.validator(request_media["schema"]["$ref"])
    response_validator = schemas.validator(response_media["schema"]["$ref"])
    example = request_media["example"]
    failures += ["request example " + p for p in problems(request_validator, example)]
    failures += ["response example " + p for p in problems(response_validator, response_media["example"])]

    status, content_type, body = fetch(base + path, json.dumps(example).encode("utf-8"))
    if status != 200:
        return failures + ["POST %s answered %d: %s" % (path, status, body[:300])]
    if content_type.split(";")[0].strip() != media_type:
        failures.append("Content-Type %r, documented %r" % (content_type, media_type))
    answer = body.decode("utf-8") if media_type.startswith("text/") else json.loads(body)
    failures += ["answer " + p for p in problems(response_validator, answer)]
    if comparable(media_type, answer) != comparable(media_type, response_media["example"]):
        failures.append("the answer differs from the documented response example")

    if jar:
        single, batch = through_jar(jar, command, example)
        printed = single.stdout.decode("utf-8")
        from_process = printed if media_type.startswith("text/") else json.loads(printed or "null")
        if single.returncode != 0 or comparable(media_type, from_process) != comparable(media_type, answer):
            failures.append("java -jar %s answers otherwise than HTTP (exit %d)" % (command, single.returncode))
        if batch.get("status") != 0 or comparable(media_type, batch.get("output")) != comparable(media_type, answer):
            failures.append("batch answers otherwise than HTTP: %s" % json.dumps(batch)[:300])
    return failures


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base", help="the service's base address, for example http://127.0.0.1:8080")
    parser.add_argument("--operation", action="append", default=[],
                        help="a command to check (repeatable); all POST operations when left out")
    parser.add_argument("--jar", help="gecc.jar, to compare one process per request and batch with HTTP")
    args = parser.parse_args(argv)
    base = args.base.rstrip("/")
    openapi_url = base + "/v1/openapi.json"
    status, _, body = fetch(openapi_url)
    if status != 200:
        print("GET %s answered %d" % (openapi_url, status))
        return 1
    document = json.loads(body)
    schemas = Schemas(openapi_url)
    operations = {path: item["post"] for path, item in document["paths"].items() if "post" in item}
    wanted = ["/v1/" + name for name in args.operation] or sorted(operations)
    failed = 0
    for path in wanted:
        if path not in operations:
            print("FAIL %s: no such POST operation in the OpenAPI document" % path)
            failed += 1
            continue
        failures = check(base, schemas, path, operations[path], args.jar)
        print(("ok   %s" % path) if not failures else "FAIL %s: %s" % (path, "; ".join(failures)))
        failed += bool(failures)
    print("%d operations checked, %d failed" % (len(wanted), failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
