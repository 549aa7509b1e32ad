"""Cross-site scripting: the vectors a writer (or an attacker) may type, and a check for markup
that would run.

One list for every test of pages, feeds and the fuzz suites, so that a vector added here is
tried everywhere. `live_markup(html)` names what in an HTML document or fragment would run or
redirect in a browser or a feed reader; escaped text, and the site's own markup, name nothing.
"""

from html.parser import HTMLParser

from embassy.stylesheet import inline_text

VECTORS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<script>alert(String.fromCharCode(88,83,83))</script>",
    "<img src=x onerror=alert(2)>",
    "<IMG SRC=\"javascript:alert(3);\">",
    "<img src=\"x\" onerror=\"alert(4)\"/>",
    "<img src=`x` onerror=alert(5)>",
    "<svg onload=alert(6)>",
    "<svg><script>alert(7)</script></svg>",
    "<math><mtext><script>alert(8)</script></mtext></math>",
    "<body onload=alert(9)>",
    "<iframe src=\"javascript:alert(10)\"></iframe>",
    "<iframe src=data:text/html;base64,PHNjcmlwdD5hbGVydCgxMSk8L3NjcmlwdD4=></iframe>",
    "<iframe srcdoc=\"<script>alert(12)</script>\"></iframe>",
    "<object data=\"javascript:alert(13)\"></object>",
    "<embed src=\"javascript:alert(14)\">",
    "<a href=\"javascript:alert(15)\">click</a>",
    "<a href=\"JaVaScRiPt:alert(16)\">click</a>",
    "<a href=\" javascript:alert(17)\">click</a>",
    "<a href=\"jav&#x09;ascript:alert(18)\">click</a>",
    "<a href=\"vbscript:msgbox(19)\">click</a>",
    "<a href=\"data:text/html,<script>alert(20)</script>\">click</a>",
    "[click](javascript:alert(21))",
    "[click](JAVASCRIPT:alert(22))",
    "![x](javascript:alert(23))",
    "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example/\">",
    "<base href=\"https://evil.example/\">",
    "<link rel=stylesheet href=\"javascript:alert(26)\">",
    "<style>body{background:url(javascript:alert(27))}</style>",
    "<div style=\"background:url(javascript:alert(28))\">x</div>",
    "<p onclick=\"alert(29)\">click</p>",
    "<details open ontoggle=alert(30)>",
    "<input autofocus onfocus=alert(31)>",
    "<form action=\"javascript:alert(32)\"><button>go</button></form>",
    "<button formaction=\"javascript:alert(33)\">go</button>",
    "<video><source onerror=alert(34)></video>",
    "<audio src=x onerror=alert(35)>",
    "<marquee onstart=alert(36)>x</marquee>",
    "<isindex action=javascript:alert(37) type=image>",
    "<table background=\"javascript:alert(38)\">",
    "\"><script>alert(39)</script>",
    "'><img src=x onerror=alert(40)>",
    "\" onmouseover=\"alert(41)",
    "' onmouseover='alert(42)",
    "</title><script>alert(43)</script>",
    "</textarea><script>alert(44)</script>",
    "<!--<script>alert(45)</script>-->",
    "<![CDATA[<script>alert(46)</script>]]>",
    "&lt;script&gt;alert(47)&lt;/script&gt;",
    "<scr<script>ipt>alert(48)</scr</script>ipt>",
    "<a href=\"https://example.org/\" onmouseover=\"alert(49)\">a link</a>",
    "{{ 7*7 }}{% debug %}<script>alert(50)</script>",
]

# Elements that the site's pages and feeds never carry, and that load or run something. A
# <style> is the site's own stylesheet (embassy/stylesheet.py) or it is a problem; an <svg>
# is the site's emblem, and what could run in one (a handler, a script, a javascript: link)
# is found by the checks below, as anywhere else.
FORBIDDEN_ELEMENTS = {
    "applet", "base", "embed", "frame", "frameset", "iframe", "isindex", "math", "object",
}
URL_ATTRIBUTES = {
    "action", "background", "data", "formaction", "href", "poster", "src", "xlink:href",
}
UNSAFE_SCHEMES = ("javascript:", "vbscript:", "data:")


def _scheme_of(url):
    # Browsers ignore whitespace and control characters inside a scheme ("jav\tascript:").
    return "".join(character for character in url if character > " ").lower()


class _LiveMarkupFinder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.in_script = False
        self.style_text = None  # inside a <style>: its text so far

    def handle_starttag(self, tag, attrs):
        if tag in FORBIDDEN_ELEMENTS:
            self.problems.append(f"<{tag}> element")
        if tag == "style":
            self.style_text = ""
        if tag == "script":
            self.in_script = True
            src = dict(attrs).get("src") or ""
            if src and not src.startswith("/static/"):
                self.problems.append(f"<script src={src!r}>")
        if tag == "meta" and any(name == "http-equiv" for name, _ in attrs):
            self.problems.append("<meta http-equiv>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…> event handler")
            elif name in ("style", "srcdoc"):
                self.problems.append(f"<{tag} {name}=…>")
            elif name in URL_ATTRIBUTES and _scheme_of(value or "").startswith(UNSAFE_SCHEMES):
                self.problems.append(f"<{tag} {name}={value!r}>")

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False
        if tag == "style" and self.style_text is not None:
            if self.style_text != inline_text():
                self.problems.append(f"<style> {self.style_text.strip()[:40]!r}")
            self.style_text = None

    def handle_data(self, data):
        if self.style_text is not None:
            self.style_text += data
        if self.in_script and data.strip():
            self.problems.append(f"inline script {data.strip()[:40]!r}")


def live_markup(html):
    """What in `html` would run or redirect: a list of descriptions, empty if nothing would."""
    finder = _LiveMarkupFinder()
    finder.feed(html)
    finder.close()
    return finder.problems
