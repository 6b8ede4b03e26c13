/**
 * Narration: script, text normalisation, pronunciation, synthesis, MP3 and WebVTT captions.
 *
 * <p>May import: lexicon, model and text.
 */
package app.briefingpack.speech;
