/**
 * The `imsmanifest.xml` of a SCORM package: one organization with one item that launches one SCO
 * (the built site), for SCORM 1.2 and SCORM 2004 4th Edition. Pure text in, text out, so the
 * packaging command and its tests share it.
 *
 * The namespaces, schema locations and element names follow real packages:
 * - SCORM 1.2: Rustici Software's single-SCO golf sample ("Single SCO content packaging example.
 *   SCORM 1.2"), kept in jcputney/elearning-module-parser at
 *   src/test/resources/modules/scorm12/ContentPackagingSingleSCO_SCORM12/imsmanifest.xml:
 *   imscp_rootv1p1p2 + adlcp_rootv1p2, `adlcp:scormtype` in lower case, `<adlcp:masteryscore>`
 *   inside the item (ADL SCORM 1.2 CAM, 0 to 100).
 * - SCORM 2004 4th Edition: ADL's conformance test package CM-01, kept in the same repository at
 *   src/test/resources/modules/conformance/scorm2004/adl-cts-invalid/CM-01-broken-default-org/imsmanifest.xml:
 *   imscp_v1p1 + adlcp_v1p3 + adlseq_v1p3 + adlnav_v1p3 + imsss, `adlcp:scormType` in camel case,
 *   schemaversion "2004 4th Edition", the item's `parameters` attribute carrying the launch query,
 *   and `<imsss:primaryObjective satisfiedByMeasure="true"><imsss:minNormalizedMeasure>` for the
 *   mastery score (a scaled score, -1 to 1).
 */

import type { ScormVersion } from "./scorm-report";

export type { ScormVersion };

/** Every edition the packager can write, in the order the command lists them. */
export const scormVersions: readonly ScormVersion[] = ["1.2", "2004"];

/** Where the LMS starts the SCO: a file of the package and what follows it in the URL. */
export interface ScormLaunch {
  /** A file of the package, relative to its root (e.g. `index.html`). */
  file: string;
  /** `?query`, `#fragment`, both, or "" (the item's `parameters` attribute). */
  parameters: string;
}

/** What a manifest says. */
export interface ScormManifestInput {
  version: ScormVersion;
  /** A stable id for the package (e.g. the chapter's slug, or the assignment's id). */
  identifier: string;
  /** The title the LMS shows for the package and its one item. */
  title: string;
  launch: ScormLaunch;
  /** Every file of the package (relative paths, `/` separators), except the manifest itself. */
  files: readonly string[];
  /**
   * The score (percent, 0 to 100) at which the LMS counts the learner as passed; absent when the
   * package is tracked by completion alone.
   */
  masteryScore?: number | undefined;
}

/**
 * The mastery score (percent) of an assignment's package. Assignments have no passing threshold of
 * their own, so the package uses the line the gradebook's report already draws: its mastery table
 * counts the students at 80 % or more. The command's `--mastery` sets another.
 */
export const defaultMasteryScore = 80;

/** The manifest's own file name, at the package root. */
export const manifestFileName = "imsmanifest.xml";

/**
 * Splits a route href of the built site (relative to its root) into the launch file and the
 * item's `parameters`. A hash route (`#/assignments/x`) or a bare query launches `index.html`;
 * a path route (`assignment.html?id=x`) launches its file.
 *
 * @param href - a relative href from the route grammar
 * @returns the launch file and the rest of the URL
 * @throws Error when the href is absolute (a leading `/` or a scheme: a package is relocatable)
 * or its path has a malformed percent escape
 * @example
 * scormLaunch("#/assignments/quiz"); // { file: "index.html", parameters: "#/assignments/quiz" }
 * scormLaunch("assignment.html?id=quiz"); // { file: "assignment.html", parameters: "?id=quiz" }
 */
export function scormLaunch(href: string): ScormLaunch {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("/")) {
    throw new Error(`the launch href must be relative to the package root, got "${href}"`);
  }
  const cut = href.search(/[?#]/);
  const path = (cut < 0 ? href : href.slice(0, cut)).replace(/^(\.\/)+/, "");
  const parameters = cut < 0 ? "" : href.slice(cut);
  const file = path === "" || path.endsWith("/") ? `${path}index.html` : path;
  try {
    // The file's name in the package; the manifest percent-encodes it again.
    return { file: decodeURIComponent(file), parameters };
  } catch {
    throw new Error(`the launch href "${href}" has a malformed percent escape`);
  }
}

/** XML 1.0 text: escapes markup characters and replaces characters XML cannot carry. */
function xmlText(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- C0 controls other than tab/LF/CR, lone surrogates and U+FFFE/U+FFFF are not XML characters
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/gu, "\ufffd")
      .replaceAll("&", "&amp;")
      .replaceAll("<", "&lt;")
      .replaceAll(">", "&gt;")
      .replaceAll('"', "&quot;")
      .replaceAll("'", "&apos;")
  );
}

/** An `xs:ID` (an XML name without colons) built from a prefix and any text. */
function xmlId(prefix: string, text: string): string {
  return `${prefix}-${text.replace(/[^A-Za-z0-9._-]/g, "_")}`;
}

/** A package path as a URI reference: each segment percent-encoded, `/` kept. */
function fileHref(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}

/** Checks what a manifest would otherwise state wrongly; returns the sorted file list. */
function checkedFiles(input: ScormManifestInput): string[] {
  const files = [...new Set(input.files)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const file of files) {
    if (file === "" || file.startsWith("/") || file.split("/").some((part) => part === "..")) {
      throw new Error(`package file "${file}" must be a relative path inside the package`);
    }
    if (file.includes("\\")) throw new Error(`package file "${file}" must use / separators`);
  }
  if (files.includes(manifestFileName)) {
    throw new Error(`the file list must not contain ${manifestFileName} itself`);
  }
  if (!files.includes(input.launch.file)) {
    throw new Error(`the launch file "${input.launch.file}" is not among the package's files`);
  }
  if (input.launch.parameters !== "" && !/^[?#]/.test(input.launch.parameters)) {
    throw new Error(`launch parameters must start with ? or #, got "${input.launch.parameters}"`);
  }
  const mastery = input.masteryScore;
  if (mastery !== undefined && !(Number.isFinite(mastery) && mastery >= 0 && mastery <= 100)) {
    throw new Error(`the mastery score must be a percentage from 0 to 100, got ${mastery}`);
  }
  if (input.title.trim() === "") throw new Error("the package needs a title");
  return files;
}

/** A number in plain decimal notation with at most four decimals (no exponent). */
function decimal(value: number): string {
  return String(Math.round(value * 10_000) / 10_000);
}

const namespaces12 = `xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"`;

const namespaces2004 = `xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
          xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
          xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
          xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
          xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"`;

/**
 * The item's SCORM 2004 sequencing: the content sets completion and success itself (the app
 * reports them), and with a mastery score the primary objective is satisfied by the scaled score.
 */
function sequencing2004(masteryScore: number | undefined): string {
  const objectives =
    masteryScore === undefined
      ? ""
      : `
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="PRIMARYOBJ" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${decimal(masteryScore / 100)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>`;
  return `
        <imsss:sequencing>${objectives}
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>`;
}

/**
 * Writes the `imsmanifest.xml` of a single-SCO package for SCORM 1.2 or SCORM 2004 4th Edition:
 * metadata (schema "ADL SCORM" and its version), one organization with one item (the title, the
 * launch parameters and the mastery score), and one `webcontent` SCO resource that launches the
 * launch file and lists every file of the package, sorted. Deterministic: the same input gives
 * the same text.
 *
 * @param input - version, identifier, title, launch, files and the optional mastery score
 * @returns the manifest, UTF-8 XML text
 * @throws Error when the launch file is not among the files, a file path is absolute or leaves
 * the package, the parameters do not start with ? or #, the title is blank, or the mastery score
 * is not a percentage
 * @example
 * scormManifest({ version: "1.2", identifier: "quiz", title: "Quiz",
 *   launch: { file: "index.html", parameters: "#/assignments/quiz" },
 *   files: ["index.html"], masteryScore: 80 }).includes("<adlcp:masteryscore>80</adlcp:masteryscore>"); // true
 */
export function scormManifest(input: ScormManifestInput): string {
  const files = checkedFiles(input);
  const manifestId = xmlId("MANIFEST", input.identifier);
  const organizationId = xmlId("ORG", input.identifier);
  const itemId = xmlId("ITEM", input.identifier);
  const resourceId = xmlId("RES", input.identifier);
  const title = xmlText(input.title.trim());
  const parameters = input.launch.parameters
    ? ` parameters="${xmlText(input.launch.parameters)}"`
    : "";
  const fileList = files
    .map((file) => `      <file href="${xmlText(fileHref(file))}"/>`)
    .join("\n");
  const launch = xmlText(fileHref(input.launch.file));
  if (input.version === "1.2") {
    const mastery =
      input.masteryScore === undefined
        ? ""
        : `\n        <adlcp:masteryscore>${decimal(input.masteryScore)}</adlcp:masteryscore>`;
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${manifestId}" version="1"
          ${namespaces12}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${organizationId}">
    <organization identifier="${organizationId}">
      <title>${title}</title>
      <item identifier="${itemId}" identifierref="${resourceId}" isvisible="true"${parameters}>
        <title>${title}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${resourceId}" type="webcontent" adlcp:scormtype="sco" href="${launch}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${manifestId}" version="1"
          ${namespaces2004}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="${organizationId}">
    <organization identifier="${organizationId}">
      <title>${title}</title>
      <item identifier="${itemId}" identifierref="${resourceId}" isvisible="true"${parameters}>
        <title>${title}</title>${sequencing2004(input.masteryScore)}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${resourceId}" type="webcontent" adlcp:scormType="sco" href="${launch}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}
