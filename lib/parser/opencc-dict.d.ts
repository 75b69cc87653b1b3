// opencc-js ships its dictionaries as untyped ESM modules ("trad simp…|trad simp…").
declare module "opencc-js/dict/TSCharacters" {
  const dict: string;
  export default dict;
}
