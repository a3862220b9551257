# Uncaught exception raised `from` another; the traceback shows both.
class ParseError(Exception):
    pass
def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(f"bad port: {text!r}") from e
print(parse_port("8080"))
print("parsing 'http'")
parse_port("http")
print("never printed")
