<?php
// The block's attributes are all it stores; what it shows is chosen from the build's snippets.
echo lp_schoten_render( $attributes );
