import { OBJECTS_FOLDER, PROJECT_ROOT, listFilesBelow, readProjectText } from '../../tools/sdf/project-layout';
import { xmlWellFormednessProblem } from '../../tools/sdf/sdf-xml';

const OBJECT_FILES = listFilesBelow(PROJECT_ROOT, OBJECTS_FOLDER);
const SDF_XML_FILES = ['manifest.xml', 'deploy.xml', ...OBJECT_FILES];

describe('the SDF project XML', () => {
  it('defines at least one object, and only as .xml files', () => {
    expect(OBJECT_FILES.length).toBeGreaterThan(0);
    expect(OBJECT_FILES.filter((file) => !file.endsWith('.xml'))).toEqual([]);
  });

  it.each(SDF_XML_FILES)('%s is well-formed', (file) => {
    const problem = xmlWellFormednessProblem(readProjectText(PROJECT_ROOT, file));

    expect(problem).toBeNull();
  });
});

describe('xmlWellFormednessProblem', () => {
  it('accepts an object definition with an empty element', () => {
    const xml = '<suitelet scriptid="customscript_x"><notifyemails></notifyemails></suitelet>';

    expect(xmlWellFormednessProblem(xml)).toBeNull();
  });

  it('names an element that is never closed, with the line where that shows', () => {
    const xml = '<suitelet scriptid="customscript_x">\n  <name>Act-On Readiness\n</suitelet>';

    expect(xmlWellFormednessProblem(xml)).toMatch(/^line 3, .*'name'/);
  });

  it('reports an unescaped ampersand in text', () => {
    const xml = '<suitelet scriptid="customscript_x"><name>Act-On & Co</name></suitelet>';

    expect(xmlWellFormednessProblem(xml)).not.toBeNull();
  });
});
