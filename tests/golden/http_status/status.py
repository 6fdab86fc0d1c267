from http import HTTPStatus, HTTPMethod
import http

print(HTTPStatus.OK, repr(HTTPStatus.OK), HTTPStatus.OK.phrase, HTTPStatus.OK.description)
print(HTTPStatus.NOT_FOUND.value, HTTPStatus.NOT_FOUND.name, HTTPStatus.NOT_FOUND.phrase)
print(HTTPStatus(404), HTTPStatus(404) is HTTPStatus.NOT_FOUND, HTTPStatus["IM_A_TEAPOT"].phrase)
print(HTTPStatus.OK == 200, 200 == HTTPStatus.OK, HTTPStatus.CREATED > 200, int(HTTPStatus.GONE))
print(f"{HTTPStatus.OK}", f"{HTTPStatus.OK.value} {HTTPStatus.OK.phrase}", str(HTTPStatus.FOUND))
print(len(HTTPStatus), [s.value for s in HTTPStatus][:10], isinstance(HTTPStatus.OK, int))
for status in HTTPStatus:
    print(status.value, status.name, repr(status.phrase), repr(status.description))

def describe(code):
    try:
        status = HTTPStatus(code)
    except ValueError as e:
        return f"ValueError: {e}"
    kind = {1: "informational", 2: "success", 3: "redirect", 4: "client error",
            5: "server error"}[code // 100]
    return f"{status.value} {status.phrase} ({kind})"

for code in [200, 201, 301, 404, 418, 429, 500, 503, 299, 999]:
    print(describe(code))

response_status = 503
if response_status == HTTPStatus.SERVICE_UNAVAILABLE:
    print("retry later:", HTTPStatus(response_status).description)
print({HTTPStatus.OK: "ok"}[200], hash(HTTPStatus.OK) == hash(200), HTTPStatus.OK + 1)

print(HTTPMethod.GET, repr(HTTPMethod.GET), HTTPMethod.GET == "GET", HTTPMethod("POST").name)
print([m.value for m in HTTPMethod], HTTPMethod.PATCH.description, len(HTTPMethod))
print(f"{HTTPMethod.DELETE}", HTTPMethod.HEAD.description, isinstance(HTTPMethod.PUT, str))
print(http.__all__)
