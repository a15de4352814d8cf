import path from 'node:path';

/**
 * Noto Serif, a Unicode serif with every Vietnamese glyph, in the metrics class of Times New Roman
 * that Nghị định 30/2020/NĐ-CP asks for. The TTF files come with an npm package, so nothing is
 * downloaded at run time; PDFs embed them (subset), print pages load them from the service.
 */
const PACKAGE = path.dirname(require.resolve('@expo-google-fonts/noto-serif/package.json'));

export const FONTS = {
  regular: path.join(PACKAGE, '400Regular', 'NotoSerif_400Regular.ttf'),
  bold: path.join(PACKAGE, '700Bold', 'NotoSerif_700Bold.ttf'),
  italic: path.join(PACKAGE, '400Regular_Italic', 'NotoSerif_400Regular_Italic.ttf'),
  boldItalic: path.join(PACKAGE, '700Bold_Italic', 'NotoSerif_700Bold_Italic.ttf'),
} as const;

export type FontStyle = keyof typeof FONTS;
