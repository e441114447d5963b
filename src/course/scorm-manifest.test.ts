// The SCORM manifest is checked by parsing it back with a real XML parser (Python's
// xml.etree.ElementTree, which rejects malformed XML and resolves namespaces), so the expected
// namespace URIs below are compared with what a parser sees, not with our own strings. The URIs
// themselves are those of ADL's and Rustici's sample packages cited in scorm-manifest.ts.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import {
  manifestFileName,
  scormLaunch,
  scormManifest,
  type ScormManifestInput,
} from "./scorm-manifest";

/** An element as the parser sees it: namespaced tag `{uri}local`, attributes, text, children. */
interface XmlElement {
  tag: string;
  attrib: Record<string, string>;
  text: string;
  children: XmlElement[];
}

const toJson = `
import json, sys
import xml.etree.ElementTree as ET
def walk(e):
    return {"tag": e.tag, "attrib": dict(e.attrib), "text": (e.text or "").strip(),
            "children": [walk(c) for c in e]}
try:
    root = ET.fromstring(sys.stdin.buffer.read())
except ET.ParseError as error:
    print("ParseError: %s" % error, file=sys.stderr)
    sys.exit(3)
print(json.dumps(walk(root)))
`;

/** Parses XML with Debian's Python (`/usr/bin/python3`, whose xml.etree is in the standard library). */
function parseXml(xml: string): XmlElement {
  const result = spawnSync("/usr/bin/python3", ["-c", toJson], { input: xml, encoding: "utf8" });
  if (result.status !== 0) throw new Error(result.stderr || `python exited ${result.status}`);
  return JSON.parse(result.stdout) as XmlElement;
}

/** Every element below (and including) `element`, depth first. */
function all(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(all)];
}

function one(element: XmlElement, tag: string): XmlElement {
  const found = all(element).filter((candidate) => candidate.tag === tag);
  expect(found, tag).toHaveLength(1);
  return found[0] as XmlElement;
}

const cp12 = "{http://www.imsproject.org/xsd/imscp_rootv1p1p2}";
const adlcp12 = "{http://www.adlnet.org/xsd/adlcp_rootv1p2}";
const cp2004 = "{http://www.imsglobal.org/xsd/imscp_v1p1}";
const adlcp2004 = "{http://www.adlnet.org/xsd/adlcp_v1p3}";
const imsss = "{http://www.imsglobal.org/xsd/imsss}";

const files = ["index.html", "assets/app-1a2b.js", "assets/style.css", "lessons/intro.html"];
const input: ScormManifestInput = {
  version: "1.2",
  identifier: "release-gates-quiz",
  title: 'Gates & canaries: "p95" <quiz>',
  launch: { file: "index.html", parameters: "#/assignments/release-gates-quiz" },
  files,
  masteryScore: 80,
};

describe("the XML parser these tests use", () => {
  it("rejects a document that is not well-formed, so the checks below can fail", () => {
    expect(() => parseXml("<manifest><title>A & B</title></manifest>")).toThrow("ParseError");
  });
});

describe("scormManifest, SCORM 1.2", () => {
  const root = parseXml(scormManifest(input));

  it("is a content package manifest with the ADL SCORM 1.2 metadata", () => {
    expect(root.tag).toBe(`${cp12}manifest`);
    expect(one(root, `${cp12}schema`).text).toBe("ADL SCORM");
    expect(one(root, `${cp12}schemaversion`).text).toBe("1.2");
  });

  it("escapes the title and uses it for the organization and its item", () => {
    const titles = all(root).filter((element) => element.tag === `${cp12}title`);
    expect(titles.map((title) => title.text)).toEqual([input.title, input.title]);
  });

  it("has one default organization whose item launches the one SCO resource", () => {
    const organizations = one(root, `${cp12}organizations`);
    const organization = one(root, `${cp12}organization`);
    expect(organizations.attrib["default"]).toBe(organization.attrib["identifier"]);
    const item = one(root, `${cp12}item`);
    const resource = one(root, `${cp12}resource`);
    expect(item.attrib["identifierref"]).toBe(resource.attrib["identifier"]);
    expect(item.attrib["parameters"]).toBe("#/assignments/release-gates-quiz");
    expect(resource.attrib).toMatchObject({
      type: "webcontent",
      [`${adlcp12}scormtype`]: "sco",
      href: "index.html",
    });
  });

  it("puts the mastery score on the item", () => {
    expect(one(root, `${adlcp12}masteryscore`).text).toBe("80");
  });

  it("lists every file once, sorted, and the launch file among them", () => {
    const hrefs = all(root)
      .filter((element) => element.tag === `${cp12}file`)
      .map((element) => element.attrib["href"]);
    expect(hrefs).toEqual([...files].sort());
    expect(hrefs).toContain(one(root, `${cp12}resource`).attrib["href"]);
  });

  it("leaves the mastery score out when the package is tracked by completion", () => {
    const chapter = parseXml(scormManifest({ ...input, masteryScore: undefined }));
    expect(all(chapter).some((element) => element.tag === `${adlcp12}masteryscore`)).toBe(false);
  });
});

describe("scormManifest, SCORM 2004 4th Edition", () => {
  const root = parseXml(scormManifest({ ...input, version: "2004", masteryScore: 72.5 }));

  it("is a content package manifest with the 2004 4th Edition metadata", () => {
    expect(root.tag).toBe(`${cp2004}manifest`);
    expect(one(root, `${cp2004}schema`).text).toBe("ADL SCORM");
    expect(one(root, `${cp2004}schemaversion`).text).toBe("2004 4th Edition");
  });

  it("marks the resource as a SCO with the camel-case adlcp:scormType", () => {
    expect(one(root, `${cp2004}resource`).attrib).toMatchObject({
      type: "webcontent",
      [`${adlcp2004}scormType`]: "sco",
      href: "index.html",
    });
  });

  it("sets the mastery score as the primary objective's minimum normalized measure", () => {
    const item = one(root, `${cp2004}item`);
    const objective = one(item, `${imsss}primaryObjective`);
    expect(objective.attrib["satisfiedByMeasure"]).toBe("true");
    // 72.5 % is a scaled score of 0.725.
    expect(one(objective, `${imsss}minNormalizedMeasure`).text).toBe("0.725");
    expect(one(item, `${imsss}deliveryControls`).attrib).toEqual({
      completionSetByContent: "true",
      objectiveSetByContent: "true",
    });
  });

  it("has no objectives when there is no mastery score", () => {
    const chapter = parseXml(scormManifest({ ...input, version: "2004", masteryScore: undefined }));
    expect(all(chapter).some((element) => element.tag === `${imsss}objectives`)).toBe(false);
  });
});

describe("scormManifest refuses a manifest that would lie", () => {
  it("when the launch file is not in the package", () => {
    expect(() =>
      scormManifest({ ...input, launch: { file: "assignment.html", parameters: "" } }),
    ).toThrow('the launch file "assignment.html" is not among the package\'s files');
  });

  it("when a file is absolute or leaves the package", () => {
    expect(() => scormManifest({ ...input, files: [...files, "/etc/passwd"] })).toThrow(
      "must be a relative path",
    );
    expect(() => scormManifest({ ...input, files: [...files, "../secret"] })).toThrow(
      "must be a relative path",
    );
  });

  it("when the manifest lists itself, or the mastery score is not a percentage", () => {
    expect(() => scormManifest({ ...input, files: [...files, manifestFileName] })).toThrow(
      manifestFileName,
    );
    expect(() => scormManifest({ ...input, masteryScore: 120 })).toThrow("0 to 100");
  });
});

describe("scormManifest writes what XML cannot hold as a well-formed document", () => {
  it("replaces control characters and percent-encodes file names", () => {
    const root = parseXml(
      scormManifest({
        ...input,
        title: "Quiz\u0007 one",
        files: [...files, "assets/a b&c.js"],
      }),
    );
    expect(one(root, `${cp12}organization`).children[0]?.text).toBe("Quiz\ufffd one");
    const hrefs = all(root)
      .filter((element) => element.tag === `${cp12}file`)
      .map((element) => element.attrib["href"]);
    expect(hrefs).toContain("assets/a%20b%26c.js");
  });
});

describe("scormLaunch splits a route href into the launch file and its parameters", () => {
  it.each([
    ["#/assignments/quiz", { file: "index.html", parameters: "#/assignments/quiz" }],
    ["#/", { file: "index.html", parameters: "#/" }],
    ["./", { file: "index.html", parameters: "" }],
    ["", { file: "index.html", parameters: "" }],
    ["assignment.html?id=quiz", { file: "assignment.html", parameters: "?id=quiz" }],
    ["lessons/intro.html#sec", { file: "lessons/intro.html", parameters: "#sec" }],
    ["./progress.html", { file: "progress.html", parameters: "" }],
  ])("%s", (href, expected) => {
    expect(scormLaunch(href)).toEqual(expected);
  });

  it("refuses absolute hrefs: a package is unpacked where the LMS chooses", () => {
    expect(() => scormLaunch("/assignment.html")).toThrow("relative");
    expect(() => scormLaunch("https://example.org/")).toThrow("relative");
  });
});
