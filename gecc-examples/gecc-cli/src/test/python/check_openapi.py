#!/usr/bin/env python3
"""Validates every example of a running gecc service's OpenAPI document against the schema it
references, with Python jsonschema and no registry of its own: a reference to a served schema
(schemas/NAME.schema.json, relative to the document) is resolved by jsonschema itself, which
fetches it and the schemas it references from the service.

usage: check_openapi.py http://127.0.0.1:8080/
Prints one line per example checked; exits 1 when an example is invalid or a reference does not
resolve, 2 on bad usage.
"""
import json
import sys
import urllib.parse
import urllib.request
import warnings

import jsonschema

# jsonschema fetches a remote reference itself, warning that it will one day want a registry to
# do so; fetching from the service is what this check proves works.
warnings.filterwarnings("ignore", category=DeprecationWarning, module="jsonschema")


def examples(document):
    """Yields (where, schema, example) for every media type of every operation with an example."""
    for path, item in document["paths"].items():
        for method, operation in item.items():
            bodies = []
            if "requestBody" in operation:
                bodies.append(("request", operation["requestBody"]))
            for status, response in operation.get("responses", {}).items():
                bodies.append((status, response))
            for label, body in bodies:
                if "$ref" in body:
                    body = resolve_local(document, body["$ref"])
                for media, content in body.get("content", {}).items():
                    if "example" in content:
                        where = f"{method.upper()} {path} {label} {media}"
                        yield where, content["schema"], content["example"]


def resolve_local(document, ref):
    node = document
    for part in ref.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def main(argv):
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    base = argv[1] if argv[1].endswith("/") else argv[1] + "/"
    document_url = urllib.parse.urljoin(base, "v1/openapi.json")
    with urllib.request.urlopen(document_url) as response:
        document = json.load(response)
    checked = 0
    failed = 0
    for where, schema, example in examples(document):
        ref = schema.get("$ref", "")
        if ref.startswith("#/"):
            schema = resolve_local(document, ref)
        elif ref:
            schema = {"$ref": urllib.parse.urljoin(document_url, ref)}
        validator = jsonschema.Draft202012Validator(schema)
        try:
            errors = list(validator.iter_errors(example))
        except jsonschema.exceptions.SchemaError as e:
            errors = [e]
        except Exception as e:  # an unresolvable reference
            errors = [e]
        checked += 1
        if errors:
            failed += 1
            for error in errors:
                print(f"INVALID {where}: {getattr(error, 'message', error)}")
        else:
            print(f"valid   {where}")
    print(f"{checked} examples checked, {failed} invalid")
    return 1 if failed or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
